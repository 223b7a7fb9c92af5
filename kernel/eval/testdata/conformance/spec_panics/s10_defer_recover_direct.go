// recover deferred directly (`defer recover()`): it recovers when the
// function that deferred it is itself a deferred call that returns
// normally, and recovers nothing when that function panics (it is then
// called by the panic, not by a deferred function).
package main

import "fmt"

func must(tag string, want any) {
	v := recover()
	fmt.Println(tag, "recover() =", v, "want", want)
}

func nested() {
	defer must("outer", 2)
	defer func() {
		defer must("inner", 3)
		defer recover() // a no-op: this function panics
		panic(3)
	}()
	panic(2)
}

func stops() {
	defer must("after", nil)
	defer func() {
		defer recover() // recovers 5 when this deferred function returns
	}()
	panic(5)
}

func sequential() {
	defer must("seq", nil)
	defer func() {
		defer recover() // runs after must has stopped panic 3: nil
		defer must("seq-inner", 3)
		panic(3)
	}()
	panic(2)
}

func plain() (r string) {
	defer func() { r = fmt.Sprint("plain ", recover()) }()
	defer recover() // the panic is this function's own: a no-op
	panic("p")
}

func main() {
	nested()
	stops()
	sequential()
	fmt.Println(plain())
}
