package main

import "fmt"

type Temp struct{ c float64 }

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", t.c) }

type Shower interface{ String() string }

var s Shower

func main() {
	var t *Temp
	s = t
	fmt.Println("calling")
	fmt.Println(s.String())
}
