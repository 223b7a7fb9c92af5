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
	if n.kind != callExpr || len(n.child) == 0 {
		return nil
	}
	f := n.child[0]
	t := f.typ
	if t == nil || f.isType(sc) {
		return nil
	}
	switch t.cat {
	case funcT:
	case builtinT:
		if t.name == "" {
			return nil
		}
	case valueT:
		if t.rtype == nil || t.rtype.Kind() != reflect.Func {
			return nil
		}
	default:
		return nil
	}
	k := t.numOut()
	switch {
	case k == 1:
		return nil
	case k == 0:
		return n.cfgErrorf("%s (no value) used as value", callString(n))
	case assign:
		return n.cfgErrorf("assignment mismatch: 1 variable but %s returns %d values", exprString(f), k)
	}
	outs := make([]string, k)
	for i := range outs {
		outs[i] = n.tname(t.out(i))
	}
	return n.cfgErrorf("multiple-value %s (value of type (%s)) in single-value context", callString(n), strings.Join(outs, ", "))
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
