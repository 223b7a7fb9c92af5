package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	b64 "encoding/base64"
	"encoding/hex"
	"fmt"
	"io"
)

func main() {
	s := "sha256 this string"
	h := sha256.New()
	h.Write([]byte(s))
	bs := h.Sum(nil)
	fmt.Println(s)
	fmt.Printf("%x\n", bs)
	fmt.Printf("%x\n", sha256.Sum256([]byte("abc")))
	h1 := sha1.New()
	io.WriteString(h1, "abc")
	fmt.Println(hex.EncodeToString(h1.Sum(nil)))
	fmt.Printf("%x\n", md5.Sum([]byte("abc")))

	data := "abc123!?$*&()'-=@~"
	sEnc := b64.StdEncoding.EncodeToString([]byte(data))
	fmt.Println(sEnc)
	sDec, _ := b64.StdEncoding.DecodeString(sEnc)
	fmt.Println(string(sDec))
	uEnc := b64.URLEncoding.EncodeToString([]byte(data))
	fmt.Println(uEnc)
	uDec, _ := b64.URLEncoding.DecodeString(uEnc)
	fmt.Println(string(uDec))
	fmt.Println(b64.RawStdEncoding.EncodeToString([]byte("ab")))
	_, err := b64.StdEncoding.DecodeString("!!!")
	fmt.Println(err)
}
