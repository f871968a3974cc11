#!/usr/bin/python3
"""int8 (QDQ) version of the folded PP-OCRv4 recogniser (tools/ppocr/fold-rec.py). The cascade's first reader, the
product's default since session 15 (src/main/resources/perfdecl/pdf/scan/ch_PP-OCRv4_rec_int8.onnx, PpOcrRecogniser),
is `only FOLDED tools/ppocr/rec-int8-ranges.json OUT 12,14,16,18,20,24,28,30,32` (FOLDED: fold-rec.py's output) put
through nchwc-rec.py since session 17 (the commands in that script); the ranges
are bench/RecCalibMse.java's over the 419 line crops `-Dperfdecl.ocr.dump` writes for scan-form-1, scan-form-5 and
scan-unmapped-form-4 (bench/OCR.md, session 14).

  int8-rec.py expose FOLDED.onnx OUT.onnx NAMES.txt
      the graph with every convolution's input and output as a graph output, and their names, for
      bench/RecCalib.java, which writes their ranges over line crops (JSON: name -> [min, max]);
  int8-rec.py quantise FOLDED.onnx RANGES.json OUT.onnx [FLOAT_CONVS]
      every convolution (but those whose output is named in the comma-separated FLOAT_CONVS) between
      QuantizeLinear/DequantizeLinear pairs: weights int8 per output channel (symmetric), activations uint8 per
      tensor over the calibrated range, bias int32; ONNX Runtime runs them as QLinearConv.
  int8-rec.py only FOLDED.onnx RANGES.json OUT.onnx INDICES
      only the convolutions at the comma-separated INDICES (0-based, in graph order) quantised, the rest float;
  int8-rec.py each FOLDED.onnx RANGES.json OUT_DIR
      one model per convolution, only that one quantised (OUT_DIR/onlyNN.onnx): bench/RecSens.java ranks them by
      how far each moves the reading (bench/OCR.md, "selective int8").

Both raise the graph to opset 13 (per-channel DequantizeLinear): Squeeze's axes become an input; the graph's
Softmax ops are on the last axis, where opsets 12 and 13 agree. Measured in bench/OCR.md (int8: 1.7 against 2.3 ms a
character, but 21-30 of 679 lines read differently, some wrongly; quantised one at a time, every convolution that
carries cost changes some line: "selective int8"), so the product reads with it only in the cascade, the float
model re-reading each line it reads unsure.
"""
import json
import sys

import numpy as np
import onnx
from onnx import helper, numpy_helper, TensorProto

from onnxprune import prune_and_save


def opset13(m):
    g = m.graph
    for n in g.node:
        if n.op_type in ('Squeeze', 'Unsqueeze'):
            ax = [a for a in n.attribute if a.name == 'axes']
            if ax:
                name = n.name + '_axes'
                g.initializer.append(numpy_helper.from_array(np.array(ax[0].ints, np.int64), name))
                n.input.append(name)
                n.attribute.remove(ax[0])
        elif n.op_type == 'Softmax':
            ax = [a.i for a in n.attribute if a.name == 'axis']
            assert ax and ax[0] in (-1, 2, 3), (n.name, ax)  # the last axis of its 3- or 4-d input
        elif n.op_type in ('Split', 'ReduceSum'):
            raise SystemExit('opset 13 changed ' + n.op_type + ': not handled')
    for o in m.opset_import:
        if o.domain in ('', 'ai.onnx'):
            o.version = 13


def expose(src, dst, names_out):
    m = onnx.load(src)
    opset13(m)
    names = []
    for n in m.graph.node:
        if n.op_type == 'Conv':
            for t in (n.input[0], n.output[0]):
                if t not in names:
                    names.append(t)
    have = {o.name for o in m.graph.output}
    for t in names:
        if t not in have:
            m.graph.output.append(helper.make_tensor_value_info(t, TensorProto.FLOAT, None))
    onnx.save(m, dst)
    open(names_out, 'w').write('\n'.join(names) + '\n')


def quantise(src, ranges, dst, skip):
    m = onnx.load(src)
    opset13(m)
    g = m.graph
    init = {t.name: numpy_helper.to_array(t) for t in g.initializer}
    for n in g.node:
        if n.op_type == 'Constant':
            init[n.output[0]] = numpy_helper.to_array(n.attribute[0].t)
    new_nodes, new_init = [], []
    def add(arr, name):
        new_init.append(numpy_helper.from_array(arr, name)); return name
    def act_params(t):
        lo, hi = ranges[t]
        lo, hi = min(lo, 0.0), max(hi, 0.0)
        s = (hi - lo) / 255.0 or 1.0
        zp = int(np.clip(round(-lo / s), 0, 255))
        return np.float32(s), np.uint8(zp)
    qdq_done = {}
    def qdq(t):
        if t in qdq_done: return qdq_done[t]
        s, zp = act_params(t)
        sn, zn = add(np.array(s, np.float32), t + '_s'), add(np.array(zp, np.uint8), t + '_zp')
        q = helper.make_node('QuantizeLinear', [t, sn, zn], [t + '_q'], name=t + '_Q')
        d = helper.make_node('DequantizeLinear', [t + '_q', sn, zn], [t + '_dq'], name=t + '_DQ')
        qdq_done[t] = (t + '_dq', s, [q, d])
        return qdq_done[t]
    out = []
    count = 0
    for n in g.node:
        if n.op_type != 'Conv' or n.name in skip or n.output[0] in skip:
            out.append(n); continue
        x = n.input[0]
        xd, sx, nodes = qdq(x)
        pre = [] if any(nd in out for nd in nodes) else nodes
        out.extend(pre)
        W = init[n.input[1]].astype(np.float32)
        sw = np.abs(W).reshape(W.shape[0], -1).max(axis=1) / 127.0
        if len(n.input) > 2:
            sw = np.maximum(sw, np.abs(init[n.input[2]]) / (sx * 2.0 ** 30))
        sw = np.maximum(sw, 1e-12)
        Wq = np.clip(np.round(W / sw[:, None, None, None]), -127, 127).astype(np.int8)
        wn = n.input[1] + '_q'
        add(Wq, wn); add(sw.astype(np.float32), wn + '_s'); add(np.zeros(W.shape[0], np.int8), wn + '_zp')
        wd = helper.make_node('DequantizeLinear', [wn, wn + '_s', wn + '_zp'], [wn + '_dq'], name=wn + '_DQ', axis=0)
        out.append(wd)
        ins = [xd, wn + '_dq']
        if len(n.input) > 2:
            b = init[n.input[2]].astype(np.float32)
            sb = (sx * sw).astype(np.float32)
            bq = np.round(b / sb).astype(np.int32)
            bn = n.input[2] + '_q'
            add(bq, bn); add(sb, bn + '_s'); add(np.zeros(W.shape[0], np.int32), bn + '_zp')
            out.append(helper.make_node('DequantizeLinear', [bn, bn + '_s', bn + '_zp'], [bn + '_dq'], name=bn + '_DQ', axis=0))
            ins.append(bn + '_dq')
        y = n.output[0]
        n.input[:] = ins
        n.output[0] = y + '_f'
        out.append(n)
        s, zp = act_params(y)
        sn, zn = add(np.array(s, np.float32), y + '_s'), add(np.array(zp, np.uint8), y + '_zp')
        out.append(helper.make_node('QuantizeLinear', [y + '_f', sn, zn], [y + '_q'], name=y + '_Q'))
        out.append(helper.make_node('DequantizeLinear', [y + '_q', sn, zn], [y], name=y + '_DQ'))
        qdq_done[y] = (y, s, [])
        count += 1
    del g.node[:]; g.node.extend(out); g.initializer.extend(new_init)
    prune_and_save(m, dst)
    print('quantised convs', count, file=sys.stderr)


def convs(src):
    return [n.name for n in onnx.load(src).graph.node if n.op_type == 'Conv']


if __name__ == '__main__':
    if sys.argv[1] == 'expose':
        expose(*sys.argv[2:5])
    elif sys.argv[1] == 'only':
        names = convs(sys.argv[2])
        keep = {names[int(i)] for i in sys.argv[5].split(',') if i}
        quantise(sys.argv[2], json.load(open(sys.argv[3])), sys.argv[4], set(names) - keep)
    elif sys.argv[1] == 'each':
        names = convs(sys.argv[2])
        for i, name in enumerate(names):
            quantise(sys.argv[2], json.load(open(sys.argv[3])), '%s/only%02d.onnx' % (sys.argv[4], i),
                     set(names) - {name})
    else:
        quantise(sys.argv[2], json.load(open(sys.argv[3])), sys.argv[4],
                 set(sys.argv[5].split(',')) if len(sys.argv) > 5 else set())
