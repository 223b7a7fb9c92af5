package main

import "fmt"

func f() (out []string) {
	defer func() {
		r := recover()
		out = append(out, fmt.Sprint("final recover: ", r))
	}()
	defer func() {
		defer func() {
			out = append(out, fmt.Sprint("inner: ", recover()))
			panic("third")
		}()
		panic("second")
	}()
	panic("first")
}

func main() {
	for _, s := range f() {
		fmt.Println(s)
	}
	type E struct{ code int }
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%T %+v\n", r, r)
		}()
		panic(E{3})
	}()
	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println(ok, err)
		}()
		var a []int
		_ = a[5]
	}()
}
