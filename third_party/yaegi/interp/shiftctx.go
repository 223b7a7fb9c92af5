// gonotes patch (s16-errwords): this file.

package interp

import (
	"go/constant"
	"reflect"
)

// A non-constant shift of an untyped constant (1.0 << s, 1 << s) has the
// type its context gives the constant: the shift is an error when that
// type is a floating-point or complex type (the operand of a shift must be
// an integer), or when the constant is not an integer (1.5 << s given to
// an int64). floatShiftErr checks the declarations and assignments;
// untypedShiftErr checks the other contexts: call arguments (an interface
// parameter takes the constant's default type: fmt.Println(1.0 << s)),
// conversions, returned values, composite literal elements, and the
// operand of a comparison or arithmetic with a typed operand. Yaegi
// shifted an int and converted it, or failed at run time ("no code for
// binaryExpr (<<) of type float64").

// isUntypedConstShift reports whether n is a non-constant shift of an
// untyped constant.
func isUntypedConstShift(n *node) bool {
	if n == nil || n.kind != binaryExpr || n.action != aShl && n.action != aShr || len(n.child) != 2 {
		return false
	}
	c0, c1 := n.child[0], n.child[1]
	return c0.typ != nil && c0.typ.untyped && c0.rval.IsValid() && !c1.rval.IsValid()
}

// shiftTypeErr returns gc's error for the untyped constant shift n whose
// operand takes type t, or nil.
func shiftTypeErr(n *node, t *itype, sc *scope) error {
	if t == nil || t.untyped || t.cat == nilT {
		return nil
	}
	c0 := n.child[0]
	if isInterface(t) {
		if sc == nil {
			return nil
		}
		// The default type of the constant's kind as written (1.0 is a
		// float64): check.shift made its value an integer.
		t = c0.typ.defaultType(reflect.Value{}, sc)
		if t == nil || t.untyped {
			return nil
		}
	}
	rt := t.TypeOf()
	if rt == nil {
		return nil
	}
	if isFloat(rt) || isComplex(rt) {
		return n.cfgErrorf("invalid operation: shifted operand %s (type %s) must be integer", exprString(c0), n.tname(t))
	}
	if isInt(rt) || isUint(rt) {
		if cv := heldConst(c0.rval); cv != nil && (cv.Kind() == constant.Float || cv.Kind() == constant.Complex) && constant.ToInt(cv).Kind() != constant.Int {
			kind := "float"
			if cv.Kind() == constant.Complex {
				kind = "complex"
			}
			return n.cfgErrorf("invalid operation: shifted operand %s (untyped %s constant) must be integer", exprString(c0), kind)
		}
	}
	return nil
}

// untypedShiftErr checks the untyped constant shift n against the type
// its context gives it (see above); assignments are floatShiftErr's.
func untypedShiftErr(n *node, sc *scope) error {
	if !isUntypedConstShift(n) {
		return nil
	}
	m, p := n, n.anc
	for p != nil && p.kind == parenExpr {
		m, p = p, p.anc
	}
	if p == nil {
		return nil
	}
	return shiftTypeErr(n, shiftContextType(m, p, sc), sc)
}

// shiftContextType returns the type that the parent p gives its child m,
// or nil when unknown (or given later, as an assignment's).
func shiftContextType(m, p *node, sc *scope) *itype {
	pos := childPos(m)
	switch p.kind {
	case callExpr:
		if pos <= 0 {
			return nil
		}
		f := p.child[0]
		if f.typ == nil {
			return nil
		}
		if f.isType(sc) {
			if len(p.child) == 2 {
				return f.typ
			}
			return nil
		}
		return argType(f.typ, pos-1, len(p.child)-1)
	case returnStmt:
		if sc == nil || sc.def == nil || sc.def.typ == nil || len(p.child) != len(sc.def.typ.ret) || pos >= len(sc.def.typ.ret) {
			return nil
		}
		return sc.def.typ.ret[pos]
	case compositeLitExpr:
		if pos < p.nleft {
			return nil
		}
		return shiftElemType(p.typ)
	case keyValueExpr:
		if pos != 1 || p.anc == nil || p.anc.kind != compositeLitExpr || p.anc.typ == nil {
			return nil
		}
		if t := p.anc.typ; t.cat == structT {
			return nil
		}
		return shiftElemType(p.anc.typ)
	case binaryExpr:
		switch p.action {
		case aShl, aShr, aLand, aLor:
			return nil
		}
		other := p.child[1-pos]
		if other.typ == nil || other.typ.untyped || isUntypedConstShift(other) {
			return nil
		}
		return other.typ
	}
	return nil
}

// shiftElemType returns the element type of an array, slice or map type (the
// type of a composite literal's values), or nil.
func shiftElemType(t *itype) *itype {
	if t == nil {
		return nil
	}
	switch t.cat {
	case arrayT, sliceT, mapT:
		return t.val
	case valueT:
		if rt := t.rtype; rt != nil {
			switch rt.Kind() {
			case reflect.Array, reflect.Slice, reflect.Map:
				return valueTOf(rt.Elem())
			}
		}
	}
	return nil
}

// argType returns the type of the i-th of nargs arguments of a call of a
// function of type ft, or nil.
func argType(ft *itype, i, nargs int) *itype {
	if isGeneric(ft) {
		return nil
	}
	switch ft.cat {
	case funcT:
		args := ft.arg
		if len(args) == 0 {
			return nil
		}
		if last := args[len(args)-1]; last != nil && last.cat == variadicT && i >= len(args)-1 {
			return last.val
		}
		if i < len(args) {
			return args[i]
		}
	case valueT:
		rt := ft.rtype
		if rt == nil || rt.Kind() != reflect.Func {
			return nil
		}
		if rt.IsVariadic() && i >= rt.NumIn()-1 {
			return valueTOf(rt.In(rt.NumIn() - 1).Elem())
		}
		if i < rt.NumIn() {
			return valueTOf(rt.In(i))
		}
	}
	return nil
}
