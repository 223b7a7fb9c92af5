package main

import (
	"bytes"
	"encoding/base32"
	"encoding/base64"
	"encoding/csv"
	"encoding/gob"
	"encoding/hex"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"strings"
)

type Vec struct{ X, Y float64 }

type Shape struct {
	Name   string
	Points []Vec
	Tags   map[string]int
	Scale  *float64
	hidden int
}

type Celsius float64

func (c Celsius) GobEncode() ([]byte, error) { return []byte(fmt.Sprintf("%.2f", float64(c))), nil }
func (c *Celsius) GobDecode(b []byte) error {
	_, err := fmt.Sscanf(string(b), "%g", (*float64)(c))
	return err
}

func main() {
	in := "name,qty,note\n\"apple, red\",3,\"said \"\"hi\"\"\"\npear,5,\n# comment\nfig,x\n"
	r := csv.NewReader(strings.NewReader(in))
	r.Comment = '#'
	r.FieldsPerRecord = 3
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			fmt.Println("error:", err, errors.As(err, &pe) && pe.Line == 5, errors.Is(err, csv.ErrFieldCount))
			continue
		}
		line, col := r.FieldPos(1)
		fmt.Printf("%q line=%d col=%d\n", rec, line, col)
	}
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Comma = ';'
	w.WriteAll([][]string{{"a;b", "c\"d", "e\nf"}, {"", " lead", "ok"}})
	fmt.Print(buf.String())
	fmt.Println(w.Error())

	data := []byte("Hello, Gopher! \x00\xff")
	fmt.Println(hex.EncodeToString(data), base64.StdEncoding.EncodeToString(data), base64.RawURLEncoding.EncodeToString(data), base32.StdEncoding.EncodeToString(data[:5]))
	fmt.Print(hex.Dump(data))
	_, err := hex.DecodeString("abz")
	fmt.Println(err)
	_, err = base64.StdEncoding.DecodeString("abc$")
	fmt.Println(err)
	dst := make([]byte, base64.StdEncoding.EncodedLen(3))
	base64.StdEncoding.Encode(dst, []byte{1, 2, 3})
	fmt.Println(string(dst), base64.StdEncoding.DecodedLen(8), hex.AppendEncode([]byte("0x"), []byte{0xab}))
	enc := base64.NewEncoder(base64.StdEncoding, &buf)
	buf.Reset()
	enc.Write([]byte("streaming"))
	enc.Close()
	fmt.Println(buf.String())

	block := &pem.Block{Type: "NOTE", Headers: map[string]string{"Author": "me", "A": "1"}, Bytes: bytes.Repeat([]byte{0x42}, 50)}
	p := pem.EncodeToMemory(block)
	fmt.Print(string(p))
	got, rest := pem.Decode(append(p, "trailing"...))
	fmt.Println(got.Type, got.Headers, len(got.Bytes), string(rest))

	scale := 2.5
	s := Shape{Name: "tri", Points: []Vec{{0, 0}, {1, 0}, {0, 1}}, Tags: map[string]int{"k": 1}, Scale: &scale, hidden: 9}
	var gb bytes.Buffer
	if err := gob.NewEncoder(&gb).Encode(s); err != nil {
		fmt.Println(err)
	}
	var back Shape
	err = gob.NewDecoder(&gb).Decode(&back)
	fmt.Println(err, back.Name, back.Points, back.Tags, *back.Scale, back.hidden)
	gb.Reset()
	temps := []Celsius{21.5, -3}
	gob.NewEncoder(&gb).Encode(temps)
	var tb []Celsius
	err = gob.NewDecoder(&gb).Decode(&tb)
	fmt.Println(err, tb)
	gb.Reset()
	err = gob.NewEncoder(&gb).Encode(struct{ ch chan int }{})
	fmt.Println(err)
}
