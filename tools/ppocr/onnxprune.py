"""What the graph rewrites in this folder share: the graph's constant values by name, and dropping the constants
and initialisers no node uses any more, checking the model and saving it."""
import onnx
from onnx import numpy_helper


def constants(g):
    """Every Constant node's output and every initialiser of graph g, by name, as numpy arrays."""
    const = {}
    for n in g.node:
        if n.op_type == 'Constant':
            const[n.output[0]] = numpy_helper.to_array(n.attribute[0].t)
    for t in g.initializer:
        const[t.name] = numpy_helper.to_array(t)
    return const


def prune_and_save(m, dst):
    g = m.graph
    used = {i for n in g.node for i in n.input} | {o.name for o in g.output}
    keep = [n for n in g.node if n.op_type != 'Constant' or n.output[0] in used]
    del g.node[:]
    g.node.extend(keep)
    inits = [t for t in g.initializer if t.name in used]
    del g.initializer[:]
    g.initializer.extend(inits)
    onnx.checker.check_model(m)
    onnx.save(m, dst)
