// gonotes patch (s17-ifacelayout): this file.

package interp

import "reflect"

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
		check = func(r reflect.Value) bool {
			t, _ := r.Interface().(reflect.Type)
			return t == valueInterfaceType
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
