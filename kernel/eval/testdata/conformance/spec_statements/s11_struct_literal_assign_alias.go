package main

import "fmt"

// Assigning a struct literal to a declared variable sets the variable:
// a pointer taken before sees the new value, and so does the function
// whose variable a closure (or a deferred func, after recover) assigns.

type R struct{ C int }

type Response struct {
	Code int
	Body string
}

func recovered(next func() Response) (resp Response) {
	defer func() {
		if e := recover(); e != nil {
			resp = Response{500, fmt.Sprint("internal: ", e)}
		}
	}()
	return next()
}

func deferredSet() (res R) {
	defer func() { res = R{500} }()
	return R{1}
}

type Shape interface{ Area() int }

func (r R) Area() int { return r.C * 10 }

func main() {
	x := R{1}
	p := &x
	x = R{2}
	fmt.Println(*p, x)

	func() { x = R{3} }()
	fmt.Println(x, *p)

	set := func(c int) { x = R{c} }
	set(4)
	fmt.Println(x, *p)

	fmt.Println(recovered(func() Response { panic("boom") }))
	fmt.Println(recovered(func() Response { return Response{200, "ok"} }))
	fmt.Println(deferredSet())

	// values copied before the assignment keep their value
	y := R{5}
	var a any = y
	var sh Shape = y
	list := []R{y}
	y = R{6}
	fmt.Println(a, sh.Area(), list, y)

	// a variable declared in a loop body is new at each iteration
	var ptrs []*R
	for i := range 3 {
		v := R{i}
		ptrs = append(ptrs, &v)
		v = R{i * 10}
	}
	for _, q := range ptrs {
		fmt.Print(*q, " ")
	}
	fmt.Println()
}
