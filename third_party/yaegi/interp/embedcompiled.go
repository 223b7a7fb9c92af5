// gonotes patch: this file.

package interp

import (
	"reflect"
	"sync"
)

// embeddableCompiled caches compiledEmbeddable's answers by type.
var embeddableCompiled sync.Map // reflect.Type -> bool

// compiledEmbeddable reports whether rt, a named struct type of a compiled
// package whose value has no methods (sync.Mutex, sync.WaitGroup,
// strings.Builder: their methods have pointer receivers), can be an
// embedded field of a struct made by reflect.StructOf in any position.
// Such a field is then embedded (Anonymous) in the runtime type, as it is
// in Go: encoding/json skips it (it has no exported fields) instead of
// encoding it as a field named like its type ("Mutex":{}), and reflect
// reports it embedded. reflect.StructOf rejects an embedded type with
// methods beside other fields (golang/go#15924); methods of the value
// that reflect does not list (unexported ones) are found by trying.
func compiledEmbeddable(rt reflect.Type) bool {
	if rt.Kind() != reflect.Struct || rt.Name() == "" || rt.PkgPath() == "" || rt.NumMethod() > 0 {
		return false
	}
	if ok, found := embeddableCompiled.Load(rt); found {
		return ok.(bool)
	}
	ok := func() (ok bool) {
		defer func() {
			if recover() != nil {
				ok = false
			}
		}()
		reflect.StructOf([]reflect.StructField{
			{Name: "X", Type: reflect.TypeOf(0)},
			{Name: rt.Name(), Type: rt, Anonymous: true},
		})
		return true
	}()
	embeddableCompiled.Store(rt, ok)
	return ok
}
