import { expect, fixture, html } from '@open-wc/testing';
import { captureOffsets, slideFrom } from '../../src/render/repack.js';

/** An SVG with three groups at the given vertical offsets. */
async function groups(...ys: number[]): Promise<SVGGElement[]> {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  box.append(svg);
  return ys.map((y) => {
    const g = document.createElementNS('http://www.w3.org/2000/svg', 'g');
    g.setAttribute('transform', `translate(0,${y})`);
    svg.append(g);
    return g;
  });
}

describe('repack', () => {
  it('should slide the groups that moved from where they stood, transform only', async () => {
    const [a, b, c] = await groups(0, 40, 80);
    const before = captureOffsets([a, b, c]);
    b.setAttribute('transform', 'translate(0,0)');
    c.setAttribute('transform', 'translate(0,40)');
    slideFrom(before, 200);
    expect(a.getAnimations()).to.have.length(0);
    const [slide] = c.getAnimations() as Animation[];
    const frames = (slide.effect as KeyframeEffect).getKeyframes();
    expect(frames.map((f) => f.transform)).to.deep.equal(['translate(0px, 80px)', 'translate(0px, 40px)']);
    expect(
      Object.keys(frames[0]).filter((k) => !['offset', 'easing', 'composite', 'computedOffset'].includes(k)),
    ).to.deep.equal(['transform']);
    expect((slide.effect as KeyframeEffect).getTiming().duration).to.equal(200);
    expect(b.getAnimations()).to.have.length(1);
    for (const g of [b, c]) g.getAnimations().forEach((x) => x.cancel());
  });

  it('should not animate when the duration is 0, nor groups that left the document', async () => {
    const [a, b] = await groups(0, 40);
    const before = captureOffsets([a, b]);
    a.setAttribute('transform', 'translate(0,20)');
    b.setAttribute('transform', 'translate(0,10)');
    slideFrom(before, 0);
    expect(a.getAnimations()).to.have.length(0);
    b.remove();
    slideFrom(before, 200);
    expect(b.getAnimations()).to.have.length(0);
    expect(a.getAnimations()).to.have.length(1);
    a.getAnimations().forEach((x) => x.cancel());
  });

  it('should start a new slide from where a running one has got to', async () => {
    const [a] = await groups(100);
    const before = captureOffsets([a]);
    a.setAttribute('transform', 'translate(0,0)');
    slideFrom(before, 1000);
    const [running] = a.getAnimations();
    running.pause();
    running.currentTime = 500;
    // Where the reader sees it, eased: well past halfway.
    const seen = new DOMMatrix(getComputedStyle(a).transform).f;
    expect(seen).to.be.greaterThan(0).and.lessThan(30);
    const again = captureOffsets([a]);
    expect(again.get(a)!.y).to.be.closeTo(seen, 0.01);
    expect(running.playState).to.equal('idle'); // cancelled: the new slide takes over
  });

  it('should read a node whose slide has finished where its attribute puts it', async () => {
    const [a] = await groups(100);
    const before = captureOffsets([a]);
    a.setAttribute('transform', 'translate(0,0)');
    slideFrom(before, 1000);
    a.getAnimations()[0].finish();
    a.setAttribute('transform', 'translate(0,60)');
    expect(captureOffsets([a]).get(a)).to.deep.equal({ x: 0, y: 60 });
  });
});
