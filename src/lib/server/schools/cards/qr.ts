// QR codes for the printed cards, drawn on the server as SVG by `qrcode` (pure JS, no
// canvas), so the page prints crisply and the secret never passes through client code.
// Error correction M survives a crease or a thumbprint on a laminated card.
import QRCode from 'qrcode';

export function cardLink(origin: string, secret: string): string {
	return `${origin}/card/${secret}`;
}

export function qrSvg(text: string): Promise<string> {
	return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
}
