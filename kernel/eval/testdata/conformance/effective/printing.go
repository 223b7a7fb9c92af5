package main

import (
	"fmt"
	"os"
)

type T struct {
	a int
	b float64
	c string
}

func (t *T) String() string {
	return fmt.Sprintf("%d/%g/%q", t.a, t.b, t.c)
}

type U struct {
	a int
	b float64
	c string
}

type MyString string

func (m MyString) String() string {
	return fmt.Sprintf("MyString=%s", string(m))
}

func Min(a ...int) int {
	min := int(^uint(0) >> 1)
	for _, i := range a {
		if i < min {
			min = i
		}
	}
	return min
}

func Println(v ...interface{}) string {
	return fmt.Sprintln(v...)
}

func main() {
	fmt.Printf("Hello %d\n", 23)
	fmt.Fprint(os.Stdout, "Hello ", 23, "\n")
	fmt.Println("Hello", 23)
	fmt.Println(fmt.Sprint("Hello ", 23))
	var x uint64 = 1<<64 - 1
	fmt.Printf("%d %x; %d %x\n", x, x, int64(x), int64(x))
	fmt.Printf("%v\n", timeZone)
	u := &U{7, -2.35, "abc\tdef"}
	fmt.Printf("%v\n", u)
	fmt.Printf("%+v\n", u)
	fmt.Printf("%#v\n", u)
	fmt.Printf("%#v\n", timeZone)
	fmt.Printf("%T\n", timeZone)
	t := &T{7, -2.35, "abc\tdef"}
	fmt.Printf("%v\n", t)
	fmt.Println(MyString("s"))
	fmt.Printf("%x %X % x\n", "hello", []byte("hi"), "abc")
	fmt.Println(Min(5, 2, 8), Min())
	fmt.Print(Println("a", 1, true))
}

var timeZone = map[string]int{"UTC": 0, "EST": -18000, "CST": -21600, "MST": -25200, "PST": -28800}
