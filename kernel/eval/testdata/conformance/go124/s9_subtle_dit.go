package main

import (
	"crypto/subtle"
	"fmt"
)

func main() {
	var eq int
	subtle.WithDataIndependentTiming(func() {
		eq = subtle.ConstantTimeCompare([]byte("secret"), []byte("secret"))
	})
	fmt.Println(eq, subtle.ConstantTimeCompare([]byte("a"), []byte("b")))
	dst := make([]byte, 3)
	n := subtle.XORBytes(dst, []byte{1, 2, 3}, []byte{3, 2, 1})
	fmt.Println(n, dst, subtle.ConstantTimeByteEq(5, 5), subtle.ConstantTimeSelect(0, 10, 20))
}
