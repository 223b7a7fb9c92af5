package main

import (
	"encoding/ascii85"
	"encoding/base32"
	"encoding/hex"
	"fmt"
)

func main() {
	src := []byte("Gophers!")
	h := hex.EncodeToString(src)
	fmt.Println(h)
	back, err := hex.DecodeString(h)
	fmt.Println(string(back), err)
	_, err = hex.DecodeString("zz")
	fmt.Println(err)
	b32 := base32.StdEncoding.EncodeToString(src)
	fmt.Println(b32, base32.HexEncoding.WithPadding(base32.NoPadding).EncodeToString(src))
	dst := make([]byte, ascii85.MaxEncodedLen(len(src)))
	n := ascii85.Encode(dst, src)
	fmt.Println(string(dst[:n]))
	dec := make([]byte, len(src))
	nd, _, err := ascii85.Decode(dec, dst[:n], true)
	fmt.Println(string(dec[:nd]), err)
}
