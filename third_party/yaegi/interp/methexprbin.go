package interp

// gonotes patch (s16-fuzzmerged): method expressions of methods promoted from
// an embedded compiled type.

import (
	"reflect"

	"github.com/traefik/yaegi/internal/unsafe2"
)

// embeddedBinMethodExpr sets n, a selector T.M or (*T).M whose T is a struct
// type of the notebook and M a method promoted from an embedded type of
// compiled code (type Acc struct{ sync.Mutex; strings.Builder }: (*Acc).Lock,
// (*Acc).WriteString), up as a method expression: a func whose first
// argument is the T (or *T), calling M of the embedded field. It returns
// false for any other selector (the caller goes on as before). The selector
// was resolved as a method value without the receiver argument: a call
// failed "too many arguments".
func embeddedBinMethodExpr(n *node) bool {
	t, path, isPtr, ok := embeddedBinMethodExprType(n.typ, n.child[1].ident, n.scope)
	if !ok {
		return false
	}
	n.typ = t
	n.gen = func(n *node) { genEmbeddedBinMethodExpr(n, path, isPtr) }
	n.action = aGetMethod
	return true
}

// embeddedBinMethodExprType returns the type of the method expression
// recv.name (recv a struct type of the notebook or a pointer to one, name
// a method promoted from an embedded type of compiled code), the field
// path to the embedded field and whether the method has a pointer
// receiver, or false if recv.name is no such method expression.
//
// gonotes patch (s17-embedcompiled): the type is the interpreter's func
// type (its first parameter recv), so that %T names the type
// (func(*main.Account), not func(*struct { Owner string; sync.Mutex })),
// and nodeType gives it too (exprType): the global pass typed a variable
// holding such a func (write := (*Account).WriteString at a cell's top
// level) with the compiled method's type, so a call of it in a := was
// compiled as a call of compiled code (no copy of the results into the
// variables, compDefineX) but ran as a call of an interpreted func value,
// whose results were then lost (0 <nil>).
func embeddedBinMethodExprType(recv *itype, name string, sc *scope) (*itype, []int, bool, bool) {
	st := recv
	if st == nil {
		return nil, nil, false, false
	}
	if st.cat == ptrT {
		st = st.val
	}
	if st == nil || !isStruct(st) || isInterfaceSrc(recv) {
		return nil, nil, false, false
	}
	if len(recv.lookupField(name)) > 0 {
		return nil, nil, false, false
	}
	if m, _ := recv.lookupSrcMethod(name); m != nil {
		return nil, nil, false, false
	}
	m, path, isPtr, ok := st.lookupBinMethod(name)
	if !ok || len(path) == 0 || m.Type == nil || m.Type.Kind() != reflect.Func {
		return nil, nil, false, false
	}
	// The type of the embedded field the method is found in.
	et := st.TypeOf()
	for _, k := range path {
		for et.Kind() == reflect.Ptr {
			et = et.Elem()
		}
		if et.Kind() != reflect.Struct || k >= et.NumField() {
			return nil, nil, false, false
		}
		et = et.Field(k).Type
	}
	if et.Kind() == reflect.Interface {
		return nil, nil, false, false
	}
	if isPtr && recv.cat != ptrT && et.Kind() != reflect.Ptr {
		// A pointer method reached through no embedded pointer is not in
		// T's method set: left to the usual error.
		return nil, nil, false, false
	}
	args := []*itype{recv}
	for i := 1; i < m.Type.NumIn(); i++ {
		if i == m.Type.NumIn()-1 && m.Type.IsVariadic() {
			args = append(args, variadicOf(valueTOf(m.Type.In(i).Elem())))
			continue
		}
		args = append(args, valueTOf(m.Type.In(i)))
	}
	var rets []*itype
	for i := 0; i < m.Type.NumOut(); i++ {
		rets = append(rets, valueTOf(m.Type.Out(i)))
	}
	return funcOf(args, rets, withScope(sc)), path, isPtr, true
}

// genEmbeddedBinMethodExpr makes the func value of the method expression n
// whose receiver, the func's first argument, is a struct (or a pointer to
// one) holding the compiled value of the method at the field path.
func genEmbeddedBinMethodExpr(n *node, path []int, isPtr bool) {
	next := getExec(n.tnext)
	name := n.child[1].ident
	ft := n.typ.TypeOf()
	variadic := ft.IsVariadic()
	i, l := n.findex, n.level

	n.exec = func(f *frame) bltn {
		getFrame(f, l).data[i] = reflect.MakeFunc(ft, func(in []reflect.Value) []reflect.Value {
			recv := in[0]
			for _, k := range path {
				if recv.Kind() == reflect.Ptr {
					if recv.IsNil() {
						nilDereference()
					}
					recv = recv.Elem()
				}
				recv = unsafe2.Exported(recv.Field(k))
			}
			if isPtr && recv.Kind() != reflect.Ptr {
				recv = recv.Addr()
			}
			meth := recv.MethodByName(name)
			var out []reflect.Value
			if variadic {
				out = meth.CallSlice(in[1:])
			} else {
				out = meth.Call(in[1:])
			}
			return out
		})
		return next
	}
}
