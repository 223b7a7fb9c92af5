// gonotes patch: this file (s15-noticedb).

package interp

import "reflect"

// CarryGlobal gives the variable name of the main package, declared again
// by a program compiled but not run yet, the value old that the variable of
// that name had before it (read with MarkedGlobal before the compilation),
// if both have the same type and old is not the new variable itself. The
// funcs and methods compiled again for the new variable may be called (by
// the statements before the one declaring it, through compiled code or
// method tables) before that statement runs: they read the value of
// before, not a zero value. It reports whether it set the variable.
// gonotes patch (s15-noticedb).
func (interp *Interpreter) CarryGlobal(name string, old reflect.Value) bool {
	if !old.IsValid() {
		return false
	}
	interp.mutex.RLock()
	var s *symbol
	if sc := interp.scopes[mainID]; sc != nil {
		s = sc.sym[name]
	}
	interp.mutex.RUnlock()
	if s == nil || s.kind != varSym {
		return false
	}
	f := interp.frame
	f.mutex.Lock()
	defer f.mutex.Unlock()
	interp.resizeFrame()
	if s.index < 0 || s.index >= len(f.data) {
		return false
	}
	nv := f.data[s.index]
	if !nv.IsValid() || !nv.CanSet() || nv.Type() != old.Type() {
		return false
	}
	if nv.CanAddr() && old.CanAddr() && nv.UnsafeAddr() == old.UnsafeAddr() {
		return false
	}
	nv.Set(old)
	return true
}
