package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
)

type Signer struct {
	key []byte
}

var ErrBadSig = errors.New("bad signature")

type Cookie struct {
	Name, Value string
}

func (c Cookie) String() string { return c.Name + "=" + c.Value }

func (s Signer) mac(msg string) []byte {
	m := hmac.New(sha256.New, s.key)
	m.Write([]byte(msg))
	return m.Sum(nil)
}

func (s Signer) Sign(c Cookie) Cookie {
	sig := base64.RawURLEncoding.EncodeToString(s.mac(c.String()))
	return Cookie{c.Name, c.Value + "." + sig}
}

func (s Signer) Verify(c Cookie) (Cookie, error) {
	i := strings.LastIndexByte(c.Value, '.')
	if i < 0 {
		return Cookie{}, fmt.Errorf("cookie %s: no signature: %w", c.Name, ErrBadSig)
	}
	plain := Cookie{c.Name, c.Value[:i]}
	got, err := base64.RawURLEncoding.DecodeString(c.Value[i+1:])
	if err != nil {
		return Cookie{}, fmt.Errorf("cookie %s: %w", c.Name, err)
	}
	if !hmac.Equal(got, s.mac(plain.String())) {
		return Cookie{}, fmt.Errorf("cookie %s: %w", c.Name, ErrBadSig)
	}
	return plain, nil
}

func main() {
	s := Signer{[]byte("k3y")}
	signed := s.Sign(Cookie{"session", "user=42"})
	fmt.Println(signed)
	fmt.Println(s.Verify(signed))
	tampered := Cookie{"session", strings.Replace(signed.Value, "42", "43", 1)}
	_, err := s.Verify(tampered)
	fmt.Println(err, errors.Is(err, ErrBadSig))
	_, err = s.Verify(Cookie{"x", "nodot"})
	fmt.Println(err)
	_, err = s.Verify(Cookie{"x", "a.!!!"})
	fmt.Println(err)
	_, err = Signer{[]byte("other")}.Verify(signed)
	fmt.Println(errors.Is(err, ErrBadSig))
	m := hmac.New(sha256.New, nil)
	fmt.Println(m.Size(), m.BlockSize())
}
