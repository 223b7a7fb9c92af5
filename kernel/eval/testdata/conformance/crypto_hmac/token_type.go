package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"hash"
	"strings"
)

type Signer struct {
	newHash func() hash.Hash
	key     []byte
}

func (s Signer) Token(payload string) string {
	m := hmac.New(s.newHash, s.key)
	m.Write([]byte(payload))
	return payload + "." + base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

func (s Signer) Verify(tok string) (string, bool) {
	p, _, ok := strings.Cut(tok, ".")
	if !ok {
		return "", false
	}
	return p, hmac.Equal([]byte(tok), []byte(s.Token(p)))
}

func main() {
	s := Signer{sha256.New, []byte("k3y")}
	t := s.Token("user=42")
	fmt.Println(t)
	fmt.Println(s.Verify(t))
	fmt.Println(s.Verify("user=43" + t[7:]))
	fmt.Println(s.Verify("garbage"))
}
