import { describe, expect, it } from 'vitest';
import { evidence, rules } from './spec-helpers.js';

describe('emails', () => {
	it.each([
		['my email is sam.k@gmail.com', 'sam.k@gmail.com', 'email.address'],
		['sam at gmail dot com', 'sam at gmail dot com', 'email.spelled'],
		['mail sam(at)gmail[dot]com now', 'sam(at)gmail[dot]com', 'email.spelled'],
		['email me jake @ gmail . com', 'jake @ gmail . com', 'email.spelled'],
		['my email is sam@gmail', 'sam@gmail', 'email.provider'],
		['email me at ruby2015@hotmail.co.uk', 'ruby2015@hotmail.co.uk', 'email.address']
	])('finds %j', (text, expected, rule) => {
		expect(evidence(text, 'email')).toEqual([expected]);
		expect(rules(text)).toContain(rule);
	});

	it('sees through homoglyphs and zero-width characters', () => {
		expect(evidence('s\u0430m@gm\u0430il.com', 'email')).toEqual(['s\u0430m@gm\u0430il.com']);
		expect(evidence('sam@\u200Bgmail.com', 'email')).toEqual(['sam@\u200Bgmail.com']);
	});

	it('reports an email once, not also as a link', () => {
		expect(rules('sam@gmail.com')).toEqual(['email.address']);
	});

	it.each(['look at the dot', 'we are at school', 'i was at home dot', 'join the dots', 'meet me @ 3'])('leaves %j alone', (text) => {
		expect(evidence(text, 'email')).toEqual([]);
	});
});

describe('signing in to a site is not an email', () => {
	it.each(['sign in at purplemash.com with your card', 'its free online at coolmathgames.com', 'you can practise at topmarks.co.uk'])(
		'leaves %j alone',
		(text) => {
			expect(evidence(text, 'email')).toEqual([]);
		}
	);

	it.each([
		['send it to nina at outlook dot com', 'nina at outlook dot com'],
		['its kai.b at gmail.com', 'kai.b at gmail.com']
	])('still finds %j', (text, expected) => {
		expect(evidence(text, 'email')).toEqual([expected]);
	});
});

describe('a provider named with a colon', () => {
	it('finds "my gmail: …"', () => {
		expect(rules('my gmail: pipwren2014')).toContain('email.provider-named');
		expect(rules('my hotmail=pip.wren')).toContain('email.provider-named');
	});

	it('leaves the provider talked about alone', () => {
		expect(evidence('my gmail: its broken again', 'email')).toEqual([]);
	});
});

describe('an address read out, disguised or given in pieces', () => {
	it.each([
		['my email is bobby then a dot then jones then the at sign then hotmail then dot co dot uk', 'email.spelled'],
		['sam.w 【at】 yahoo 【dot】 com', 'email.spelled'],
		['k1tty@h0tmail.c0m', 'email.address'],
		['finn_t @ out-look', 'email.provider'],
		['ben22 @ y a h o o dot c o dot u k', 'email.spaced'],
		['lily.rose2014 on hotmail', 'email.provider-named'],
		['maxpower99 + yahoo (add the @)', 'email.provider-named'],
		['my emial is jack b 2013, its on outlook', 'email.provider-named']
	])('finds %j', (text, rule) => {
		expect(rules(text)).toContain(rule);
	});

	it.each([
		'I have 3 emails on gmail',
		'my email is broken since year 4, gmail is rubbish',
		'draw a circle then a dot then colour it in',
		"my email is on my mum's phone and it's gmail"
	])('leaves %j alone', (text) => {
		expect(evidence(text, 'email')).toEqual([]);
	});
});
