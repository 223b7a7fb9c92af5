package main

import (
	"bytes"
	"encoding/gob"
	"fmt"
)

type Vector struct {
	X, Y, Z float64
}

type Secret struct {
	plain string
}

func (s Secret) GobEncode() ([]byte, error) {
	b := []byte(s.plain)
	for i := range b {
		b[i] ^= 0x20
	}
	return b, nil
}

func (s *Secret) GobDecode(b []byte) error {
	for i := range b {
		b[i] ^= 0x20
	}
	s.plain = string(b)
	return nil
}

type Packet struct {
	Seq     uint32
	Pos     Vector
	Path    []Vector
	Labels  map[string]int
	Key     Secret
	private int
}

func main() {
	var buf bytes.Buffer
	enc := gob.NewEncoder(&buf)
	for i := uint32(1); i <= 2; i++ {
		p := Packet{Seq: i, Pos: Vector{1, 2, float64(i)}, Path: []Vector{{0, 0, 0}}, Labels: map[string]int{"a": int(i)}, Key: Secret{"pw" + fmt.Sprint(i)}, private: 9}
		if err := enc.Encode(p); err != nil {
			fmt.Println(err)
		}
	}
	dec := gob.NewDecoder(&buf)
	for {
		var p Packet
		if err := dec.Decode(&p); err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Printf("%d %+v %v %v %q %d\n", p.Seq, p.Pos, p.Path, p.Labels, p.Key.plain, p.private)
	}
	type Partial struct {
		Seq  uint32
		Name string
	}
	buf.Reset()
	gob.NewEncoder(&buf).Encode(Packet{Seq: 5})
	var pp Partial
	fmt.Println(gob.NewDecoder(&buf).Decode(&pp), pp)
}
