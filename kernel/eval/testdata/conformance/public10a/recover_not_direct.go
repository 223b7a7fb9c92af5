package main

import "fmt"

func helper() interface{} {
	return recover() // not called directly by the deferred function: nil
}

func indirect() (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("outer got ", r)
		}
	}()
	defer func() {
		r := helper()
		fmt.Println("helper returned", r)
	}()
	panic("boom")
}

func direct() (res string) {
	defer func() {
		res = fmt.Sprint("direct got ", recover())
	}()
	panic("bang")
}

func deferredRecover() (res string) {
	defer func() { res = "after" }()
	defer recover() // recover called directly by defer: does not stop the panic... it is the deferred call itself
	panic("p")
}

func nested() {
	defer func() {
		func() {
			fmt.Println("nested func recover:", recover())
		}()
	}()
	defer func() { fmt.Println("top-level recover:", recover()) }()
	panic("n")
}

func main() {
	fmt.Println(indirect())
	fmt.Println(direct())
	fmt.Println(recover())
	nested()
	func() {
		defer func() { fmt.Println("outer:", recover()) }()
		fmt.Println(deferredRecover())
	}()
}
