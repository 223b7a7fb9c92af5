package main

import (
	"fmt"
	"time"
)

type Celsius float64
type Flags uint8

const (
	Freezing Celsius = 0
	Boiling  Celsius = 100
)

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
	All = FlagA | FlagB | FlagC
)

const timeout = 2 * time.Second
const max = time.Duration(1<<63 - 1)

func main() {
	fmt.Println(Boiling-Freezing, (Boiling-32)*5/9)
	fmt.Println(FlagA, FlagB, FlagC, All, All&^FlagB, ^All)
	fmt.Println(timeout, timeout/4, max)
	fmt.Printf("%T %T %v\n", All, timeout, time.Duration(1500)*time.Millisecond)
	var t time.Duration = 1e9
	fmt.Println(t)
}
