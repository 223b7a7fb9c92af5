// gonotes patch (s13-public8): this file.

package interp

import (
	"go/constant"
	"reflect"
)

// redefineAssignable reports whether the value of type typ (and constant
// value val) that a, b := x, y gives to a variable a of type old, declared
// before, is assigned to it as Go does in a function: a value of a type
// implementing old, an interface, or a constant that a number type old
// represents (f := 1.5; f, s := 2, "two"). Another type makes a new
// definition of a in a notebook. gonotes patch (s13-public8).
func redefineAssignable(typ *itype, val reflect.Value, old *itype) bool {
	if typ == nil || old == nil || typ.untyped && !val.IsValid() {
		return false
	}
	if isInterface(old) {
		return !typ.untyped && typ.cat != nilT && typ.assignableTo(old)
	}
	if !typ.untyped || !isNumber(old.TypeOf()) || !isNumber(typ.TypeOf()) {
		return false
	}
	c, ok := val.Interface().(constant.Value)
	return ok && representableConst(c, old.TypeOf())
}
