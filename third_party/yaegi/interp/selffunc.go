package interp

import "reflect"

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
