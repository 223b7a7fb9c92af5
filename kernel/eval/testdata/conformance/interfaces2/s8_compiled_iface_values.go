package main

import (
	"fmt"
	"reflect"
	"strconv"
)

type S int

func (s S) String() string { return "S" + strconv.Itoa(int(s)) }

type T int

func (t T) String() string { return "T" + strconv.Itoa(int(t)) }

type Celsius float64

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "C" }

func main() {
	mk := map[fmt.Stringer]string{S(5): "s", T(5): "t"}
	fmt.Println(len(mk), mk[S(5)], mk[T(5)])
	ss := []fmt.Stringer{S(2), Celsius(4.5)}
	fmt.Printf("%d %T\n", ss, ss)
	var t fmt.Stringer = T(1)
	fmt.Println(reflect.TypeOf(t), reflect.ValueOf(t).Kind())
}
