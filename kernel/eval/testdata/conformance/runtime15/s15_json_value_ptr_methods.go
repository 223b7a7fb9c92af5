package main

import (
	"encoding/json"
	"fmt"
)

type ValM struct{ N int }

func (v ValM) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf(`"v%d"`, v.N)), nil }

type PtrM struct{ N int }

func (p *PtrM) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf(`"p%d"`, p.N)), nil }

type Box struct {
	V  ValM
	VP *ValM
	P  PtrM
	PP *PtrM
	L  []PtrM
	M  map[string]PtrM
}

// Value and pointer receivers of MarshalJSON: a pointer method is used
// only for addressable values, as in Go.
func main() {
	b := Box{V: ValM{1}, VP: &ValM{2}, P: PtrM{3}, PP: &PtrM{4}, L: []PtrM{{5}}, M: map[string]PtrM{"k": {6}}}
	out, _ := json.Marshal(b)
	fmt.Println(string(out))
	out, _ = json.Marshal(&b)
	fmt.Println(string(out))
	out, _ = json.Marshal([]any{PtrM{7}, &PtrM{8}, ValM{9}, &ValM{10}})
	fmt.Println(string(out))
	var nilp *PtrM
	out, err := json.Marshal(struct{ P *PtrM }{nilp})
	fmt.Println(string(out), err)
}
