// gonotes patch: this file (s9-methods).

package interp

import (
	"encoding/gob"
	"errors"
	"reflect"
)

// encoding/gob of a value of a notebook interface type. gob sends a value
// of an interface type as the registered name of its concrete type and the
// value; `enc.Encode(&p)` with p of a notebook interface type handed gob
// a pointer to the interpreter's valueInterface ("gob: type
// interp.valueInterface has no exported fields"). Such a call now gives
// gob a pointer to an `any` holding the value as a value of its named
// runtime type (rtname.go; what gob.Register of a notebook type
// registers), and Decode into such a pointer decodes into an `any` and
// sets the variable to the value it got, as a value of its notebook type,
// if that type implements the interface (else the error gob gives).

var (
	gobEncoderType = reflect.TypeOf((*gob.Encoder)(nil))
	gobDecoderType = reflect.TypeOf((*gob.Decoder)(nil))
)

// gobIfaceHook returns the func calling the method (through call) of a
// call enc.Encode(p) or dec.Decode(p) (c0 the method, child the
// arguments) with p a pointer to a notebook interface type, or nil.
func (interp *Interpreter) gobIfaceHook(c0 *node, child []*node) func(call func(reflect.Value, []reflect.Value) []reflect.Value, v reflect.Value, in []reflect.Value) []reflect.Value {
	if c0 == nil || c0.kind != selectorExpr || len(c0.child) < 2 || len(child) != 1 {
		return nil
	}
	rt := c0.child[0].typ
	if rt == nil || rt.cat != valueT && !(rt.cat == ptrT && rt.val != nil && rt.val.cat == valueT) {
		return nil
	}
	name := c0.child[1].ident
	r := rt.TypeOf()
	encode := r == gobEncoderType && name == "Encode"
	decode := r == gobDecoderType && name == "Decode"
	pt := child[0].typ
	if (encode || decode) && pt != nil && !(pt.cat == ptrT && pt.val != nil && isInterfaceSrc(pt.val)) {
		return interp.gobViewHook(encode, pt) // gonotes patch (s12): gobview.go
	}
	if !encode && !decode || pt == nil || pt.cat != ptrT || pt.val == nil || !isInterfaceSrc(pt.val) {
		return nil
	}
	it := pt.val
	if it.TypeOf() != valueInterfaceType {
		if isEmptyInterface(it) {
			return interp.gobAnyHook(encode)
		}
		return nil
	}
	return func(call func(reflect.Value, []reflect.Value) []reflect.Value, v reflect.Value, in []reflect.Value) []reflect.Value {
		p, ok := gobPtrArg(in, valueInterfaceType)
		if !ok {
			return call(v, in)
		}
		x := reflect.New(emptyInterfaceType)
		if encode {
			vi, _ := p.Elem().Interface().(valueInterface)
			if u := innermostVI(vi); u.node != nil && u.value.IsValid() && u.value.Type() != valueInterfaceType {
				x.Elem().Set(interp.toNamed(u.node.typ, u.value))
			}
			return call(v, []reflect.Value{x})
		}
		out := call(v, []reflect.Value{x})
		if len(out) != 1 || !out[0].IsNil() {
			return out
		}
		e := x.Elem()
		if e.IsNil() {
			p.Elem().Set(reflect.Zero(valueInterfaceType))
			return out
		}
		vi, ok := namedVI(e.Elem())
		if !ok || vi.node == nil || !vi.node.typ.implements(it) {
			err := errors.New("gob: " + e.Elem().Type().String() + " is not assignable to type " + interp.ifaceErrType(it).String())
			r := reflect.New(errorRType).Elem()
			r.Set(reflect.ValueOf(&err).Elem())
			return []reflect.Value{r}
		}
		p.Elem().Set(reflect.ValueOf(vi))
		return out
	}
}

// gobAnyHook is gobIfaceHook for a pointer to an `any` (a variable of
// type any holding a value of a notebook type is a valueInterface in an
// interface to reflect).
func (interp *Interpreter) gobAnyHook(encode bool) func(call func(reflect.Value, []reflect.Value) []reflect.Value, v reflect.Value, in []reflect.Value) []reflect.Value {
	return func(call func(reflect.Value, []reflect.Value) []reflect.Value, v reflect.Value, in []reflect.Value) []reflect.Value {
		p, ok := gobPtrArg(in, emptyInterfaceType)
		if !ok {
			return call(v, in)
		}
		if encode {
			vi, ok := emptyIfaceDyn(p.Elem())
			if !ok || vi.node == nil || vi.node.typ.cat == valueT {
				return call(v, in)
			}
			u := innermostVI(vi)
			if u.node == nil || !u.value.IsValid() || u.value.Type() == valueInterfaceType {
				return call(v, in)
			}
			x := reflect.New(emptyInterfaceType)
			x.Elem().Set(interp.toNamed(u.node.typ, u.value))
			return call(v, []reflect.Value{x})
		}
		out := call(v, in)
		if len(out) == 1 && out[0].IsNil() {
			if e := p.Elem(); !e.IsNil() {
				if vi, ok := namedVI(e.Elem()); ok {
					p.Elem().Set(reflect.ValueOf(vi))
				}
			}
		}
		return out
	}
}

// gobPtrArg returns the argument of an Encode or Decode call, in, when it
// is one non-nil pointer to elem. gonotes patch.
func gobPtrArg(in []reflect.Value, elem reflect.Type) (reflect.Value, bool) {
	if len(in) != 1 {
		return reflect.Value{}, false
	}
	p := in[0]
	if p.Kind() == reflect.Interface {
		p = p.Elem()
	}
	if !p.IsValid() || p.Kind() != reflect.Ptr || p.IsNil() || p.Type().Elem() != elem {
		return reflect.Value{}, false
	}
	return p, true
}
