package main

import (
	"fmt"
	"strconv"
)

type Stringer interface {
	String() string
}

type Temp float64

func (t Temp) String() string { return strconv.FormatFloat(float64(t), 'f', 1, 64) + "°C" }

func describe(value interface{}) string {
	switch str := value.(type) {
	case string:
		return str
	case Stringer:
		return str.String()
	}
	return "?"
}

func main() {
	fmt.Println(describe("plain"), describe(Temp(21.5)), describe(3))
	var value interface{} = Temp(3)
	str, ok := value.(string)
	if ok {
		fmt.Printf("string value is: %q\n", str)
	} else {
		fmt.Printf("value is not a string\n")
	}
	if s, ok := value.(Stringer); ok {
		fmt.Println("stringer:", s)
	}
}
