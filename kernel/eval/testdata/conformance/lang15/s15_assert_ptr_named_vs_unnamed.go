package main

import "fmt"

type Arr [3]int
type MyInt int
type S struct{ X int }
type Name string

func main() {
	var a [3]int
	_, ok := any(&a).(*Arr)
	fmt.Println("*[3]int as *Arr", ok)
	_, ok = any(&a).(*[3]int)
	fmt.Println("*[3]int as *[3]int", ok)
	var i int
	_, ok = any(&i).(*MyInt)
	fmt.Println("*int as *MyInt", ok)
	var s struct{ X int }
	_, ok = any(&s).(*S)
	fmt.Println("*struct as *S", ok)
	str := "x"
	_, ok = any(&str).(*Name)
	fmt.Println("*string as *Name", ok)
	_, ok = any(new(Arr)).(*[3]int)
	fmt.Println("*Arr as *[3]int", ok)
	_, ok = any(new(Arr)).(*Arr)
	fmt.Println("*Arr as *Arr", ok)
	_, ok = any(new(MyInt)).(*MyInt)
	fmt.Println("*MyInt as *MyInt", ok)
}
