// gonotes patch (s17-ifacelayout): this file.

package interp

import (
	"reflect"
	"sync"
)

// A struct field, or a slice, array or map element, of an interface type
// declared in the notebook has, in the runtime type of its struct or
// container, the type of the interpreter's values of such a type: the
// struct valueInterface (a value of an interface type would have another
// size). reflect then said Kind Struct and type interp.valueInterface for
// such a field (reflect.TypeOf(app).Elem().Field(0).Type), so a field
// injector found no interface field and a program went on with a wrong
// result. A method of reflect.Type called on that type, or one of
// reflect.Value looking at the type or the value of such a value, now
// panics with an error that says so (reflectGuardMessage), before the
// program can print or use the wrong answer. Reading the field as a
// value (Field(i).Interface()), its name and tag, and values of the
// interface type given as an any (their dynamic values) are not affected.

// reflectTypeType and reflectValueType are the types of the receivers
// guarded.
var (
	reflectTypeType  = reflect.TypeOf((*reflect.Type)(nil)).Elem()
	reflectValueType = reflect.TypeOf(reflect.Value{})
)

// reflectValueGuarded lists the methods of reflect.Value that tell the
// type of a value of valueInterface's layout or treat it as a value of
// that type.
var reflectValueGuarded = map[string]bool{
	"Kind": true, "Type": true, "Set": true, "Elem": true, "IsNil": true,
	"NumMethod": true, "Method": true, "MethodByName": true, "NumField": true,
	"Field": true, "FieldByName": true, "SetZero": true, "Comparable": true,
	"Equal": true, "CanConvert": true, "Convert": true,
}

// reflectGuardMessage is the error of a guarded call.
const reflectGuardMessage = "gonotes: reflect cannot see a struct field or a slice, array or map element of an interface type declared in the notebook (its runtime type is the interpreter's interp.valueInterface): "

// genReflectGuard returns value, the func of the call of c0, made to panic
// with reflectGuardMessage when the receiver of c0, a method of
// reflect.Type or reflect.Value, is the type or a value of
// valueInterface; or value itself if c0 is no such method.
func genReflectGuard(c0 *node, value func(*frame) reflect.Value) func(*frame) reflect.Value {
	if c0 == nil || c0.kind != selectorExpr || len(c0.child) < 2 || c0.child[0].typ == nil || c0.child[0].typ.cat != valueT {
		return value
	}
	rt, name := c0.child[0].typ.rtype, c0.child[1].ident
	var check func(reflect.Value) bool
	switch {
	case rt == reflectTypeType:
		str := name == "String" // gonotes patch (s19-misc19)
		check = func(r reflect.Value) bool {
			t, _ := r.Interface().(reflect.Type)
			return t == valueInterfaceType || str && mentionsVI(t)
		}
	case rt == reflectValueType && reflectValueGuarded[name]:
		check = func(r reflect.Value) bool {
			v, _ := r.Interface().(reflect.Value)
			return v.IsValid() && v.Type() == valueInterfaceType
		}
	default:
		return value
	}
	recv := genValue(c0.child[0])
	what := "reflect." + rt.Name() + "." + name + " of such a type is not supported yet"
	return func(f *frame) reflect.Value {
		if r := recv(f); r.IsValid() && (r.Kind() != reflect.Interface || !r.IsNil()) && check(r) {
			panic(reflectGuardMessage + what)
		}
		return value(f)
	}
}

// A composite type made of such a type ([]Shape, map[string]Shape, [3]Shape,
// chan Shape, func(Shape), an unnamed struct with a field of type Shape) has
// the reflect type made of valueInterface: its String would print
// []interp.valueInterface where Go prints []main.Shape. String called on it
// in a cell (guarded above), and fmt printing it (a reflect.Type given to
// fmt, as an argument of type reflect.Type or reflect.StructField:
// fmt.Println(t.Field(0).Type)), panic with reflectGuardMessage instead.
// gonotes patch (s19-misc19).

// mentionsVICache caches mentionsVI (a bool for each reflect.Type).
var mentionsVICache sync.Map

// mentionsVI reports whether t is valueInterface or is written with it: an
// unnamed type whose element, key, field, parameter or result type
// mentions it. A named type is printed by its name. gonotes patch
// (s19-misc19).
func mentionsVI(t reflect.Type) bool {
	if t == nil {
		return false
	}
	if t == valueInterfaceType {
		return true
	}
	if t.Name() != "" {
		return false
	}
	if b, ok := mentionsVICache.Load(t); ok {
		return b.(bool)
	}
	var b bool
	switch t.Kind() {
	case reflect.Ptr, reflect.Slice, reflect.Array, reflect.Chan:
		b = mentionsVI(t.Elem())
	case reflect.Map:
		b = mentionsVI(t.Key()) || mentionsVI(t.Elem())
	case reflect.Struct:
		for i := 0; i < t.NumField() && !b; i++ {
			b = mentionsVI(t.Field(i).Type)
		}
	case reflect.Func:
		for i := 0; i < t.NumIn() && !b; i++ {
			b = mentionsVI(t.In(i))
		}
		for i := 0; i < t.NumOut() && !b; i++ {
			b = mentionsVI(t.Out(i))
		}
	}
	mentionsVICache.Store(t, b)
	return b
}

var (
	reflectStructFieldType = reflect.TypeOf(reflect.StructField{})
	rtypePtrType           = reflect.TypeOf(reflect.TypeOf(0)) // *reflect.rtype
)

// fmtReflectTypeArg returns value, an argument given to fmt of the static
// type reflect.Type or reflect.StructField, made to panic with
// reflectGuardMessage when it holds a reflect.Type (or a StructField with a
// Type) that mentions valueInterface (mentionsVI): fmt would print its
// name as interp.valueInterface. gonotes patch (s19-misc19).
func fmtReflectTypeArg(value func(*frame) reflect.Value) func(*frame) reflect.Value {
	return reflectTypeGuard(value, "fmt of a reflect.Type of such a type (its name) is not supported yet")
}

// reflectTypeGuard is fmtReflectTypeArg, whose panic ends with what (gonotes
// patch, s20-escape20: anyReflectTypeArg).
func reflectTypeGuard(value func(*frame) reflect.Value, what string) func(*frame) reflect.Value {
	return func(f *frame) reflect.Value {
		v := value(f)
		w := v
		for w.IsValid() && w.Kind() == reflect.Interface && !w.IsNil() {
			w = w.Elem()
		}
		if !w.IsValid() || w.Type() != rtypePtrType && w.Type() != reflectStructFieldType || !w.CanInterface() {
			return v
		}
		var t reflect.Type
		switch x := w.Interface().(type) {
		case reflect.Type:
			t = x
		case reflect.StructField:
			t = x.Type
		}
		if t != nil && mentionsVI(t) {
			panic(reflectGuardMessage + what)
		}
		return v
	}
}

// fmtReflectTypeStatic reports whether an argument of fmt of type t is a
// reflect.Type or a reflect.StructField (fmtReflectTypeArg). Not an any
// (which may hold one too): the check would cost every fmt call of an
// any (about 20 ns an argument). gonotes patch (s19-misc19).
func fmtReflectTypeStatic(t *itype) bool {
	if t == nil || t.cat != valueT || t.rtype == nil {
		return false
	}
	return t.rtype == reflectTypeType || t.rtype == reflectStructFieldType
}

// anyReflectTypeArg returns value, that of n, a reflect.Type or a
// reflect.StructField converted to an empty interface, made to panic with
// the guard's error when the type mentions valueInterface (a struct
// field's type func(Shape) float64): fmt of the any would name
// func(interp.valueInterface) float64, and a check in fmt would cost every
// fmt call of an any. gonotes patch (s20-escape20).
func anyReflectTypeArg(n *node, value func(*frame) reflect.Value) func(*frame) reflect.Value {
	if !fmtReflectTypeStatic(n.typ) {
		return value
	}
	return reflectTypeGuard(value, "an any holding a reflect.Type of such a type (fmt would print it as interp.valueInterface) is not supported yet")
}
