package main

import "fmt"

type Inner struct {
	F float64
	S []int
}

type Outer struct {
	Name  string
	N     int
	P     *int
	In    Inner
	M     map[string]int
	E     error
	A     any
	Arr   [2]bool
	Fn    func()
	Ch    chan int
	Bytes []byte
}

func main() {
	var o Outer
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%#v\n", o.In)
	fmt.Printf("%#v %#v %#v %#v\n", o.Name, o.N, o.Arr, o.M)
	fmt.Printf("%#v %#v\n", o.E, o.A)
	var ip *Inner
	fmt.Printf("%v %+v\n", ip, ip)
	fmt.Printf("%#v\n", []string(nil))
	fmt.Printf("%#v\n", struct{ X, y int }{})
}
