package interp

import (
	"reflect"
	"strings"
	"unsafe"
)

// Recursive func types (gonotes patch, see refType): the runtime type of a
// func type that is its own parameter or result type has interface{} in
// that place, and a value of the func type goes there boxed. unboxFunc
// gives the value to store in dst, a frame slot of the func type, for v
// read from such a place: the func inside the interface (a nil interface
// gives the zero func, nil). Other values are returned as they are.
func unboxFunc(dst, v reflect.Value) reflect.Value {
	if v.Kind() == reflect.Slice && dst.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.Interface && dst.Type().Elem().Kind() == reflect.Func {
		// The variadic parameter of type ...F.
		s := reflect.MakeSlice(dst.Type(), v.Len(), v.Len())
		for i := 0; i < v.Len(); i++ {
			s.Index(i).Set(unboxFunc(s.Index(i), v.Index(i)))
		}
		return s
	}
	if v.Kind() != reflect.Interface || dst.Kind() != reflect.Func {
		return v
	}
	if v.IsNil() {
		return reflect.Zero(dst.Type())
	}
	return v.Elem()
}

// selfFuncKey identifies the runtime type of a recursive func type of an
// interpreter (Interpreter.named).
type selfFuncKey struct{ t *itype }

// selfFuncRType returns a named runtime type for the recursive func type t
// (type Fn func(Fn) int) whose parameters and results of type t are
// itself (main.Fn, In(0) main.Fn), or nil if t has none: t's values are
// the interpreter's funcs of t.TypeOf() (func(interface {}) int), whose
// calling convention differs, so the type is only for reflect.TypeOf of
// such a value (typeOnly, see selfFuncTypeArg). Only a type that is its own
// parameter or result directly gets one. gonotes patch (s16-knownwrong).
func (interp *Interpreter) selfFuncRType(t *itype) reflect.Type {
	if t == nil || t.cat != funcT || !t.selfFunc || t.name == "" || t.path == "" || !funcTypesWork() {
		return nil
	}
	k := selfFuncKey{t}
	if r, ok := interp.named.Load(k); ok {
		rt, _ := r.(reflect.Type)
		return rt
	}
	r := makeSelfFuncRType(t)
	interp.named.Store(k, r)
	return r
}

func makeSelfFuncRType(t *itype) reflect.Type {
	under := t.TypeOf()
	if under == nil || under.Kind() != reflect.Func || under.NumIn() != len(t.arg) || under.NumOut() != len(t.ret) {
		return nil
	}
	sigs := append(append([]*itype{}, t.arg...), t.ret...)
	self := make([]bool, len(sigs))
	for i, a := range sigs {
		switch {
		case a == t:
			self[i] = true
		case mentionsType(a, t, 0):
			return nil // ...Fn, []Fn, func() Fn: not the same memory
		}
	}
	pkg := t.path
	r := makeNamedRType(under, pkg[strings.LastIndex(pkg, "/")+1:]+"."+t.name, pkg)
	if r == nil {
		return nil
	}
	// The parameter and result types follow the descriptor and its
	// uncommon part (newFuncDesc).
	q := rtTypeOf(r)
	ps := unsafe.Slice((*unsafe.Pointer)(unsafe.Add(q, unsafe.Sizeof(rtFunc{})+unsafe.Sizeof(rtUncommon{}))), len(sigs))
	for i, s := range self {
		if s {
			ps[i] = q
		}
	}
	return r
}

// mentionsType reports whether the type a is made of t.
func mentionsType(a, t *itype, depth int) bool {
	if a == nil || depth > 8 {
		return false
	}
	if a == t {
		return true
	}
	switch a.cat {
	case ptrT, sliceT, arrayT, chanT, variadicT:
		return mentionsType(a.val, t, depth+1)
	case mapT:
		return mentionsType(a.key, t, depth+1) || mentionsType(a.val, t, depth+1)
	case funcT:
		if a.name != "" {
			return false
		}
		for _, x := range append(append([]*itype{}, a.arg...), a.ret...) {
			if mentionsType(x, t, depth+1) {
				return true
			}
		}
	case structT:
		if a.name != "" {
			return false
		}
		for _, f := range a.field {
			if mentionsType(f.typ, t, depth+1) {
				return true
			}
		}
	}
	return false
}

// selfFuncTypeArg returns the argument of reflect.TypeOf for a value of a
// recursive func type (typeOnly), or of an any holding one: the nil func
// of its named runtime type, which reflect.TypeOf reads only the type of;
// or value if it has none.
// gonotes patch (s16-knownwrong).
func (interp *Interpreter) selfFuncTypeArg(c *node, value func(*frame) reflect.Value) func(*frame) reflect.Value {
	t := c.typ
	if isEmptyInterface(t) {
		// An any: the value's dynamic type, when it is such a type.
		raw := genValue(c)
		return func(f *frame) reflect.Value {
			v := value(f)
			if dt := dynItypeOf(raw(f)); dt != nil && dt.selfFunc {
				if r := interp.selfFuncRType(dt); r != nil {
					return reflect.Zero(r)
				}
			}
			return v
		}
	}
	r := interp.selfFuncRType(t)
	if r == nil {
		return value
	}
	z := reflect.Zero(r)
	return func(*frame) reflect.Value { return z }
}
