package interp

import "reflect"

// chanCompare generates the comparison (== or !=) of two channels whose
// types differ in direction only (chan int and <-chan int): Go compares
// them (one is assignable to the other's type), and they are equal when
// they are the same channel. Their reflect values have different types,
// which the generated comparisons took for different values. gonotes
// patch (s10-goroot).
func chanCompare(n *node) {
	tnext := getExec(n.tnext)
	v0, v1 := genValue(n.child[0]), genValue(n.child[1])
	want := n.action == aEqual
	same := func(f *frame) bool {
		a, b := v0(f), v1(f)
		for a.Kind() == reflect.Interface && !a.IsNil() {
			a = a.Elem()
		}
		for b.Kind() == reflect.Interface && !b.IsNil() {
			b = b.Elem()
		}
		return (a.Pointer() == b.Pointer()) == want
	}
	if n.fnext != nil {
		fnext := getExec(n.fnext)
		n.exec = func(f *frame) bltn {
			if same(f) {
				return tnext
			}
			return fnext
		}
		return
	}
	dest := genValueOutput(n, reflect.TypeOf(true))
	n.exec = func(f *frame) bltn {
		dest(f).SetBool(same(f))
		return tnext
	}
}
