package interp

// gonotes patch (whole file): the Go 1.21 builtins min, max and clear. See
// PATCHES.md, "min, max and clear".

import (
	"go/constant"
	"go/token"
	"math"
	"reflect"
)

const (
	bltnMin   = "min"
	bltnMax   = "max"
	bltnClear = "clear"
)

func init() {
	constBltn[bltnMin] = minMaxConst
	constBltn[bltnMax] = minMaxConst
}

// isOrdered reports whether values of type t can be compared with <.
func isOrdered(t reflect.Type) bool {
	return t != nil && (isInt(t) || isUint(t) || isFloat(t) || isString(t))
}

// checkMinMax checks the arguments of min or max: ordered, and of one type,
// the untyped constants converted to the type of the typed arguments.
func (check typecheck) checkMinMax(name string, params []param) error {
	var typ *itype
	for _, p := range params {
		t := p.Type()
		if !isOrdered(t.TypeOf()) {
			if o := gcOperand(p.nod); o != "" { // gonotes patch (s17-errwords17): the operand, as go/types
				return p.nod.cfgErrorf("invalid argument: %s cannot be ordered", o)
			}
			return p.nod.cfgErrorf("invalid argument: %s cannot be ordered", t.id())
		}
		if t.untyped {
			continue
		}
		if typ == nil {
			typ = t
			continue
		}
		if !typ.equals(t) {
			return p.nod.cfgErrorf("invalid argument: mismatched types %s (previous argument) and %s (type of %s)", typ.id(), t.id(), p.nod.ident)
		}
	}
	if typ != nil {
		for _, p := range params {
			if err := check.convertUntyped(p.nod, typ); err != nil {
				return err
			}
		}
		return nil
	}
	// All untyped constants: numbers, or strings.
	str := isString(params[0].Type().TypeOf())
	for _, p := range params[1:] {
		if isString(p.Type().TypeOf()) != str {
			return p.nod.cfgErrorf("invalid argument: mismatched types %s (previous argument) and %s (type of %s)", params[0].Type().id(), p.Type().id(), p.nod.ident)
		}
	}
	return nil
}

// minMaxType returns the type of a call of min or max: that of its typed
// arguments, else the untyped kind that holds them all (int < rune < float).
func minMaxType(args []*node) *itype {
	var typ *itype
	for _, c := range args {
		if c.typ == nil {
			continue
		}
		if !c.typ.untyped {
			return c.typ
		}
		if typ == nil || rankUntyped(c.typ) > rankUntyped(typ) {
			typ = c.typ
		}
	}
	return typ
}

func rankUntyped(t *itype) int {
	switch t.cat {
	case int32T:
		return 1
	case float32T, float64T:
		return 2
	}
	return 0
}

// minMaxConst computes min or max of constant arguments at compile time.
func minMaxConst(n *node) {
	args := n.child[1:]
	for _, c := range args {
		if !c.rval.IsValid() {
			return
		}
	}
	isMax := n.child[0].ident == bltnMax
	if n.typ.untyped {
		var best constant.Value
		for _, c := range args {
			v := constValueOf(c.rval)
			if v == nil {
				return
			}
			if best == nil || isMax && constant.Compare(v, token.GTR, best) || !isMax && constant.Compare(v, token.LSS, best) {
				best = v
			}
		}
		if rankUntyped(n.typ) == 2 {
			best = constant.ToFloat(best) // gonotes patch: min(1, 2.5, -3) is the untyped float -3
		}
		n.rval = reflect.ValueOf(best)
		n.gen = nop
		return
	}
	t := n.typ.TypeOf()
	vals := make([]reflect.Value, len(args))
	for i, c := range args {
		v := c.rval
		if cv, ok := v.Interface().(constant.Value); ok {
			v = constToValue(cv, t)
			if !v.IsValid() {
				return
			}
		}
		vals[i] = v.Convert(t)
	}
	n.rval = pickMinMax(vals, isMax)
	n.gen = nop
}

// constValueOf returns v as a constant.Value, or nil.
func constValueOf(v reflect.Value) constant.Value {
	if cv, ok := v.Interface().(constant.Value); ok {
		return cv
	}
	switch t := v.Type(); {
	case isUint(t):
		return constant.MakeUint64(v.Uint())
	case isInt(t):
		return constant.MakeInt64(v.Int())
	case isFloat(t):
		return constant.MakeFloat64(v.Float())
	case isString(t):
		return constant.MakeString(v.String())
	}
	return nil
}

// constToValue returns the constant c as a value of type t.
func constToValue(c constant.Value, t reflect.Type) reflect.Value {
	v := reflect.New(t).Elem()
	switch {
	case isUint(t):
		u, _ := constant.Uint64Val(constant.ToInt(c))
		v.SetUint(u)
	case isInt(t):
		i, _ := constant.Int64Val(constant.ToInt(c))
		v.SetInt(i)
	case isFloat(t):
		f, _ := constFloat64Val(constant.ToFloat(c))
		v.SetFloat(f)
	case isString(t):
		v.SetString(constant.StringVal(c))
	default:
		return reflect.Value{}
	}
	return v
}

// pickMinMax returns the least (or greatest) of vals, all of one ordered
// type. As in Go, a NaN argument makes the result NaN, and a negative zero
// is less than a positive zero.
func pickMinMax(vals []reflect.Value, isMax bool) reflect.Value {
	best := vals[0]
	switch t := best.Type(); {
	case isUint(t):
		m := best.Uint()
		for _, v := range vals[1:] {
			if x := v.Uint(); isMax && x > m || !isMax && x < m {
				best, m = v, x
			}
		}
	case isInt(t):
		m := best.Int()
		for _, v := range vals[1:] {
			if x := v.Int(); isMax && x > m || !isMax && x < m {
				best, m = v, x
			}
		}
	case isFloat(t):
		m := best.Float()
		for _, v := range vals[1:] {
			if m != m { // NaN
				break
			}
			x := v.Float()
			switch {
			case x != x:
				best, m = v, x
			case isMax && (x > m || x == 0 && m == 0 && !math.Signbit(x)):
				best, m = v, x
			case !isMax && (x < m || x == 0 && m == 0 && math.Signbit(x)):
				best, m = v, x
			}
		}
	case isString(t):
		m := best.String()
		for _, v := range vals[1:] {
			if x := v.String(); isMax && x > m || !isMax && x < m {
				best, m = v, x
			}
		}
	}
	return best
}

func _min(n *node) { minMax(n, false) }
func _max(n *node) { minMax(n, true) }

func minMax(n *node, isMax bool) {
	next := getExec(n.tnext)
	t := n.typ.TypeOf()
	dest := genValueOutput(n, t)
	args := n.child[1:]
	values := make([]func(*frame) reflect.Value, len(args))
	for i, c := range args {
		if c.rval.IsValid() {
			v := c.rval
			if cv, ok := v.Interface().(constant.Value); ok {
				v = constToValue(cv, t)
			} else {
				v = v.Convert(t)
			}
			values[i] = func(*frame) reflect.Value { return v }
			continue
		}
		values[i] = genValue(c)
	}
	if len(values) == 2 && isInt(t) && !isUint(t) {
		// The common case, without a slice.
		v0, v1 := values[0], values[1]
		n.exec = func(f *frame) bltn {
			a, b := v0(f), v1(f)
			if x, y := a.Int(), b.Int(); isMax && y > x || !isMax && y < x {
				a = b
			}
			dest(f).Set(a)
			return next
		}
		return
	}
	n.exec = func(f *frame) bltn {
		vals := make([]reflect.Value, len(values))
		for i, v := range values {
			vals[i] = v(f)
		}
		dest(f).Set(pickMinMax(vals, isMax))
		return next
	}
}

// checkClear checks the argument of clear: a map or a slice.
func (check typecheck) checkClear(params []param) error {
	t := params[0].Type()
	switch t.TypeOf().Kind() {
	case reflect.Map, reflect.Slice:
		return nil
	}
	if o := gcOperand(params[0].nod); o != "" { // gonotes patch (s17-errwords17): go/types' words
		return params[0].nod.cfgErrorf("invalid argument: cannot clear %s: argument must be (or constrained by) map or slice", o)
	}
	return params[0].nod.cfgErrorf("invalid argument: %s (variable of type %s) must be a map or slice", params[0].nod.ident, t.id())
}

func _clear(n *node) {
	value := genValue(n.child[1])
	genBuiltinDeferWrapper(n, []func(*frame) reflect.Value{value}, nil, func(args []reflect.Value) []reflect.Value {
		args[0].Clear()
		return nil
	})
}
