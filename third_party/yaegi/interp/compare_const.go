package interp

// gonotes patch: this file.

import (
	"go/constant"
	"go/token"
	"reflect"
)

func init() {
	// In init, to avoid an initialization cycle with constOp.
	constOp[aEqual] = compareConst(token.EQL)
	constOp[aNotEqual] = compareConst(token.NEQ)
	constOp[aLower] = compareConst(token.LSS)
	constOp[aLowerEqual] = compareConst(token.LEQ)
	constOp[aGreater] = compareConst(token.GTR)
	constOp[aGreaterEqual] = compareConst(token.GEQ)
}

// compareConst returns the constant folding of a comparison: the result is
// an untyped boolean constant when both operands are untyped constants, a
// bool otherwise (typed operands are compared in their type: a float32
// operand is compared as float32). Operands that are not of a basic kind
// are left to the execution. gonotes patch: comparisons were not folded, and
// a constant declared with one (const b = 3 < 4) was false.
func compareConst(op token.Token) func(n *node) {
	return func(n *node) {
		v0, v1 := n.child[0].rval, n.child[1].rval
		c0, c1 := vConstantValue(v0), vConstantValue(v1)
		if c0 != nil && c1 != nil {
			n.rval = reflect.ValueOf(constant.MakeBool(constant.Compare(c0, op, c1)))
			return
		}
		kind := v0.Kind()
		if c0 != nil {
			kind = v1.Kind()
		}
		toConst := func(v reflect.Value) constant.Value {
			switch kind {
			case reflect.Bool:
				if c := vConstantValue(v); c != nil {
					return c
				}
				return constant.MakeBool(v.Bool())
			case reflect.String:
				return constant.MakeString(vString(v))
			case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
				return constant.MakeInt64(vInt(v))
			case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
				return constant.MakeUint64(vUint(v))
			case reflect.Float32:
				return constant.MakeFloat64(float64(float32(vFloat(v))))
			case reflect.Float64:
				return constant.MakeFloat64(vFloat(v))
			case reflect.Complex64, reflect.Complex128:
				c := vComplex(v)
				if kind == reflect.Complex64 {
					c = complex128(complex64(c))
				}
				return constant.BinaryOp(constant.MakeFloat64(real(c)), token.ADD, constant.MakeImag(constant.MakeFloat64(imag(c))))
			}
			return nil
		}
		k0, k1 := toConst(v0), toConst(v1)
		if k0 == nil || k1 == nil || k0.Kind() == constant.Unknown || k1.Kind() == constant.Unknown {
			return
		}
		if k0.Kind() == constant.Bool && op != token.EQL && op != token.NEQ {
			return
		}
		r := reflect.New(n.typ.TypeOf()).Elem()
		r.SetBool(constant.Compare(k0, op, k1))
		n.rval = r
	}
}

// foldLogical computes the constant value of a && or || expression of
// constants. gonotes patch: const b = 3 < 4 && "a" < "b" was false.
func foldLogical(n *node) {
	v0, v1 := n.child[0].rval, n.child[1].rval
	if !v0.IsValid() || !v1.IsValid() || isInterface(n.typ) {
		return
	}
	toBool := func(v reflect.Value) (bool, bool) {
		if c := vConstantValue(v); c != nil {
			return c.Kind() == constant.Bool && constant.BoolVal(c), c.Kind() == constant.Bool
		}
		if v.Kind() != reflect.Bool {
			return false, false
		}
		return v.Bool(), true
	}
	b0, ok0 := toBool(v0)
	b1, ok1 := toBool(v1)
	if !ok0 || !ok1 {
		return
	}
	r := b0 && b1
	if n.kind == lorExpr {
		r = b0 || b1
	}
	if vConstantValue(v0) != nil && vConstantValue(v1) != nil {
		n.rval = reflect.ValueOf(constant.MakeBool(r))
	} else {
		n.rval = reflect.New(n.typ.TypeOf()).Elem()
		n.rval.SetBool(r)
	}
	n.gen = nop
	n.findex = notInFrame
}
