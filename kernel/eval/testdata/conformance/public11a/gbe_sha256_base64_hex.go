package main

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
)

func main() {
	s := "sha256 this string"
	h := sha256.New()
	h.Write([]byte(s))
	bs := h.Sum(nil)
	fmt.Println(s)
	fmt.Printf("%x\n", bs)
	fmt.Println(hex.EncodeToString(bs[:8]))
	sum := sha256.Sum256([]byte("abc"))
	fmt.Printf("%X\n", sum[:4])
	data := "abc123!?$*&()'-=@~"
	sEnc := base64.StdEncoding.EncodeToString([]byte(data))
	fmt.Println(sEnc)
	sDec, _ := base64.StdEncoding.DecodeString(sEnc)
	fmt.Println(string(sDec))
	uEnc := base64.URLEncoding.EncodeToString([]byte(data))
	fmt.Println(uEnc)
	uDec, _ := base64.URLEncoding.DecodeString(uEnc)
	fmt.Println(string(uDec))
	fmt.Println(base64.RawStdEncoding.EncodeToString([]byte("ab")))
	_, err := base64.StdEncoding.DecodeString("!!!")
	fmt.Println(err)
	b, err := hex.DecodeString("48656c6c6f")
	fmt.Println(string(b), err)
	fmt.Print(hex.Dump([]byte("hello gopher")))
}
