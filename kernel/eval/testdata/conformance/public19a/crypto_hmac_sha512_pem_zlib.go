package main

import (
	"bytes"
	"compress/zlib"
	"crypto/hmac"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"encoding/pem"
	"fmt"
	"hash/adler32"
	"io"
)

func sign(key, msg []byte) string {
	m := hmac.New(sha256.New, key)
	m.Write(msg)
	return hex.EncodeToString(m.Sum(nil))
}

func main() {
	key := []byte("secret")
	s := sign(key, []byte("message"))
	fmt.Println(s)
	mac, _ := hex.DecodeString(s)
	m := hmac.New(sha256.New, key)
	m.Write([]byte("message"))
	fmt.Println(hmac.Equal(mac, m.Sum(nil)), hmac.Equal(mac, []byte("x")))
	fmt.Printf("%x\n", sha512.Sum512([]byte("abc")))
	fmt.Printf("%x\n", sha512.Sum384([]byte("abc")))
	fmt.Printf("%x\n", sha1.Sum([]byte("The quick brown fox jumps over the lazy dog")))
	h := sha256.New224()
	io.WriteString(h, "abc")
	fmt.Printf("%x %d\n", h.Sum(nil), h.Size())
	block := &pem.Block{Type: "MESSAGE", Headers: map[string]string{"Animal": "Gopher", "Color": "blue"}, Bytes: []byte("test data that is long enough to wrap around the sixty-four column limit of PEM")}
	enc := pem.EncodeToMemory(block)
	fmt.Print(string(enc))
	dec, rest := pem.Decode(append(enc, []byte("trailing")...))
	fmt.Println(dec.Type, dec.Headers, string(dec.Bytes[:9]), string(rest))
	none, _ := pem.Decode([]byte("no pem here"))
	fmt.Println(none == nil)
	var zb bytes.Buffer
	zw := zlib.NewWriter(&zb)
	zw.Write(bytes.Repeat([]byte("zlib "), 50))
	zw.Close()
	fmt.Println(zb.Len() < 250, adler32.Checksum([]byte("Wikipedia")))
	zr, err := zlib.NewReader(&zb)
	fmt.Println(err)
	out, _ := io.ReadAll(zr)
	fmt.Println(len(out), string(out[:10]))
	_, err = zlib.NewReader(bytes.NewReader([]byte("junk")))
	fmt.Println(err)
}
