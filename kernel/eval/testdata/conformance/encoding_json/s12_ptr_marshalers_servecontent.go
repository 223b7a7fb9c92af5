package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"time"
)

type Money struct{ Cents int }

func (m *Money) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"$%d.%02d"`, m.Cents/100, m.Cents%100)), nil
}

func (m *Money) UnmarshalJSON(b []byte) error {
	var d, c int
	_, err := fmt.Sscanf(string(b), `"$%d.%d"`, &d, &c)
	m.Cents = d*100 + c
	return err
}

type Order struct {
	Items  []Money           `json:"items"`
	ByName map[string]Money  `json:"by_name"`
	Ptrs   map[string]*Money `json:"ptrs"`
	One    Money             `json:"one"`
}

type memFile struct {
	data []byte
	off  int64
}

func (m *memFile) Read(p []byte) (int, error) {
	if m.off >= int64(len(m.data)) {
		return 0, io.EOF
	}
	n := copy(p, m.data[m.off:])
	m.off += int64(n)
	return n, nil
}

func (m *memFile) Seek(off int64, whence int) (int64, error) {
	switch whence {
	case io.SeekStart:
		m.off = off
	case io.SeekCurrent:
		m.off += off
	case io.SeekEnd:
		m.off = int64(len(m.data)) + off
	}
	return m.off, nil
}

type byLen []string

func (b *byLen) Len() int           { return len(*b) }
func (b *byLen) Less(i, j int) bool { return len((*b)[i]) < len((*b)[j]) }
func (b *byLen) Swap(i, j int)      { (*b)[i], (*b)[j] = (*b)[j], (*b)[i] }

func main() {
	o := Order{Items: []Money{{150}, {5}}, ByName: map[string]Money{"a": {99}}, Ptrs: map[string]*Money{"p": {1000}}, One: Money{7}}
	b, err := json.Marshal(o)
	fmt.Println(string(b), err)
	b, _ = json.Marshal(&o)
	fmt.Println(string(b))
	var back Order
	err = json.Unmarshal([]byte(`{"items":["$1.50","$0.05"],"by_name":{"x":"$2.00"},"ptrs":{"q":"$3.30"},"one":"$9.99"}`), &back)
	fmt.Println(err, back.Items, back.ByName["x"], back.Ptrs["q"].Cents, back.One)
	rr := httptest.NewRecorder()
	req := httptest.NewRequest("GET", "/f.txt", nil)
	req.Header.Set("Range", "bytes=2-5")
	http.ServeContent(rr, req, "f.txt", time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), &memFile{data: []byte("0123456789")})
	fmt.Println(rr.Code, rr.Body.String(), rr.Header().Get("Content-Range"), rr.Header().Get("Content-Type"))
	words := byLen(strings.Fields("ccc a bb dddd"))
	sort.Sort(&words)
	fmt.Println(words)
}
