"""What the graph rewrites in this folder share: dropping the constants and initialisers no node uses any more,
checking the model and saving it."""
import onnx


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
