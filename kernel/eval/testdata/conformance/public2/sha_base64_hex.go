package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
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
	fmt.Printf("%x\n", sha256.Sum256([]byte("hello world\n")))
	fmt.Printf("%x\n", sha1.Sum([]byte("abc")))
	fmt.Printf("%x\n", md5.Sum([]byte("abc")))
	h5 := sha512.New()
	io.WriteString(h5, "abc")
	fmt.Println(hex.EncodeToString(h5.Sum(nil))[:32])
	data := "abc123!?$*&()'-=@~"
	sEnc := b64.StdEncoding.EncodeToString([]byte(data))
	fmt.Println(sEnc)
	sDec, _ := b64.StdEncoding.DecodeString(sEnc)
	fmt.Println(string(sDec))
	fmt.Println()
	uEnc := b64.URLEncoding.EncodeToString([]byte(data))
	fmt.Println(uEnc)
	uDec, _ := b64.URLEncoding.DecodeString(uEnc)
	fmt.Println(string(uDec))
	fmt.Println(b64.RawStdEncoding.EncodeToString([]byte("ab")))
	_, err := b64.StdEncoding.DecodeString("!!!")
	fmt.Println(err)
	fmt.Println(hex.Dump([]byte("gopher gonotes!!")))
}
