package main

import (
	b64 "encoding/base64"
	"fmt"
)

func main() {
	data := "abc123!?$*&()'-=@~"
	sEnc := b64.StdEncoding.EncodeToString([]byte(data))
	fmt.Println(sEnc)
	sDec, _ := b64.StdEncoding.DecodeString(sEnc)
	fmt.Println(string(sDec))
	uEnc := b64.URLEncoding.EncodeToString([]byte(data))
	fmt.Println(uEnc)
	fmt.Println(b64.RawStdEncoding.EncodeToString([]byte("a")), b64.StdEncoding.EncodedLen(10))
	_, err := b64.StdEncoding.DecodeString("!!!")
	fmt.Println(err)
}
