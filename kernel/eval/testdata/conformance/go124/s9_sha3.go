package main

import (
	"crypto/sha3"
	"encoding/hex"
	"fmt"
)

func main() {
	s := sha3.Sum256([]byte("abc"))
	fmt.Println(hex.EncodeToString(s[:]))
	s512 := sha3.Sum512([]byte("abc"))
	fmt.Println(hex.EncodeToString(s512[:16]))
	h := sha3.New256()
	h.Write([]byte("a"))
	h.Write([]byte("bc"))
	fmt.Println(hex.EncodeToString(h.Sum(nil)) == hex.EncodeToString(s[:]), h.Size(), h.BlockSize())
	shake := sha3.SumSHAKE128([]byte("abc"), 16)
	fmt.Println(hex.EncodeToString(shake))
	x := sha3.NewSHAKE256()
	x.Write([]byte("abc"))
	out := make([]byte, 8)
	x.Read(out)
	fmt.Println(hex.EncodeToString(out))
	c := sha3.NewCSHAKE128([]byte("N"), []byte("S"))
	c.Write([]byte("data"))
	c.Read(out)
	fmt.Println(hex.EncodeToString(out))
	s224 := sha3.Sum224(nil)
	fmt.Println(hex.EncodeToString(s224[:4]))
}
