package interp

// gonotes patch (whole file, s14-lead): a call used where one value goes.

import (
	"reflect"
	"strings"
)

// singleValueCall returns the error Go gives for n, an operand that must
// be one value (the right side of x := f(), x = f() or var x = f(), or one
// of several paired right sides), when n is a call of a function with no
// result or with several: "assignment mismatch: 1 variable but f returns
// 2 values" for a lone assignment (assign), "multiple-value f() (value of
// type (int, error)) in single-value context" otherwise, and "f() (no
// value) used as value". It returns nil for any other operand, and for a
// call whose results it cannot count.
func singleValueCall(n *node, sc *scope, assign bool) error {
	t, k, ok := callResults(n, sc)
	if !ok || k == 1 {
		return nil
	}
	if k >= 2 && assign {
		return n.cfgErrorf("assignment mismatch: 1 variable but %s returns %d values", exprString(n.child[0]), k)
	}
	return valueCountErr(n, t, k)
}

// callResults returns the type t of the function that call n calls and
// the number k of its results; ok is false when n is not a call of a
// function whose results can be counted (a conversion, say).
func callResults(n *node, sc *scope) (t *itype, k int, ok bool) {
	if n.kind != callExpr || len(n.child) == 0 {
		return nil, 0, false
	}
	f := n.child[0]
	t = f.typ
	if t == nil || f.isType(sc) {
		return nil, 0, false
	}
	switch t.cat {
	case funcT:
	case builtinT:
		if t.name == "" {
			return nil, 0, false
		}
	case valueT:
		if t.rtype == nil || t.rtype.Kind() != reflect.Func {
			return nil, 0, false
		}
	default:
		return nil, 0, false
	}
	return t, t.numOut(), true
}

// valueCountErr returns go/types' error for call n, of a function of type
// t with k results (k != 1), used as one value.
func valueCountErr(n *node, t *itype, k int) error {
	if k == 0 {
		return n.cfgErrorf("%s (no value) used as value", callString(n))
	}
	outs := make([]string, k)
	for i := range outs {
		outs[i] = n.tname(t.out(i))
	}
	return n.cfgErrorf("multiple-value %s (value of type (%s)) in single-value context", callString(n), strings.Join(outs, ", "))
}

// callValueContext returns the error Go gives for call n when it has no
// result or several and its parent takes one value of it: an operand
// (g() + 1, -g(), *g(), g()[i], xs[g()], g().X, g().(T)), an element of a
// composite literal, the value sent on a channel, or an argument of a
// call with other arguments (f(g(), 1)) or of no result (f(h())). A
// statement, a go or defer statement, the right side of an assignment
// (checked there), a lone argument f(g()) and a return are not checked
// here.
func callValueContext(n *node, sc *scope) error {
	t, k, ok := callResults(n, sc)
	if !ok || k == 1 || n.anc == nil {
		return nil
	}
	p := n.anc
	switch p.kind {
	case binaryExpr, unaryExpr, starExpr, indexExpr, sliceExpr, compositeLitExpr, keyValueExpr, selectorExpr, sendStmt, typeAssertExpr:
	case callExpr:
		if p.child[0] != n && len(p.child) == 2 && k > 1 {
			return nil // f(g()): g's results are f's arguments
		}
	default:
		return nil
	}
	return valueCountErr(n, t, k)
}

// callString returns the source form of call n as go/types prints it in
// errors: f(x, y), with an argument that is not a simple expression
// written "…".
func callString(n *node) string {
	args := make([]string, 0, len(n.child)-1)
	for _, c := range n.child[1:] {
		s := exprString(c)
		if s == "expression" {
			s = "…"
		}
		args = append(args, s)
	}
	return exprString(n.child[0]) + "(" + strings.Join(args, ", ") + ")"
}

// mismatchErr returns the error of an assignment of call, a call of r
// values, to l variables (l != r).
func mismatchErr(call *node, l, r int) error {
	if r == 0 {
		return call.cfgErrorf("%s (no value) used as value", callString(call))
	}
	vars := "variables"
	if l == 1 {
		vars = "variable"
	}
	values := "values"
	if r == 1 {
		values = "value"
	}
	return call.cfgErrorf("assignment mismatch: %d %s but %s returns %d %s", l, vars, exprString(call.child[0]), r, values)
}
