package main

import (
	"fmt"
	"time"
)

type Celsius float64

type Count int

func half(n int) float64 { return float64(n) / 2 }

func ratio(a, b int) float64 { return float64(a) / float64(b) }

func main() {
	s := []int{1, 2, 3}
	var avg float64 = 10 / float64(len(s))
	var f32 float32 = 1.5 * float32(len(s))
	var c Celsius = 2 * Celsius(len(s))
	var n Count = Count(len(s)) + 1
	var d time.Duration = time.Duration(len(s)) * time.Millisecond
	var z complex128 = 2i * complex(float64(len(s)), 0)
	var str string = "a" + fmt.Sprint(len(s))
	var b byte = 'a' + byte(len(s))
	var r rune = 'a' + rune(len(s))
	var u uint8 = 1 << len(s)
	var k int64 = 1 << (2 * len(s))
	var g float64 = 1 << 3 * 0.5
	var i int = 7 / 2
	var x float64 = 7 / 2
	var y float64 = 7 / 2.0
	var sh uint = 3
	var m int = 1 << sh
	avg = avg + 1
	c = c * 2
	n = n * 2
	fmt.Println(avg, f32, c, n, d, z, str, b, r, u, k, g, i, x, y, m)
	fmt.Println(half(3), ratio(1, 4))
	var total float64
	for _, v := range s {
		total += float64(v) / 2
	}
	var any1 any = 10 / len(s)
	fmt.Printf("%v %T\n", total, any1)
}
