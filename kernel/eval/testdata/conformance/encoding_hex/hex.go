package main

import (
	"encoding/hex"
	"fmt"
)

func main() {
	src := []byte("Hello Gopher!")
	enc := hex.EncodeToString(src)
	fmt.Println(enc)
	dec, err := hex.DecodeString(enc)
	fmt.Println(string(dec), err)
	_, err = hex.DecodeString("zz")
	fmt.Println(err)
	fmt.Print(hex.Dump([]byte("0123456789abcdefXYZ")))
	fmt.Println(string(hex.AppendEncode([]byte("0x"), []byte{0xca, 0xfe})))
}
