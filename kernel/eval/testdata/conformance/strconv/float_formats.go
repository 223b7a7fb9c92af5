package main

import (
	"fmt"
	"strconv"
)

func main() {
	vals := []float64{0, 1, -2.5, 123456789.125, 1e-7, 3.0e20}
	for _, v := range vals {
		fmt.Println(strconv.FormatFloat(v, 'f', -1, 64), strconv.FormatFloat(v, 'e', -1, 64), strconv.FormatFloat(v, 'g', 4, 64), strconv.FormatFloat(v, 'b', -1, 64) != "")
	}
	fmt.Println(strconv.FormatFloat(0.1, 'f', -1, 32), strconv.FormatFloat(float64(float32(0.1)), 'f', -1, 64))
	fmt.Println(strconv.FormatFloat(1.0/3.0, 'x', -1, 64))
	fmt.Println(strconv.FormatInt(1<<62, 36), strconv.FormatUint(1<<64-1, 16))
	c, _ := strconv.ParseComplex("1+2i", 128)
	fmt.Println(c, strconv.FormatComplex(complex(3, -4), 'f', 1, 128))
}
