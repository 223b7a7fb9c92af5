package main

import (
	"encoding/json"
	"fmt"
)

type RGB [3]uint8

type Palette struct {
	Colors []RGB
	Main   RGB
	Bytes  []byte
}

// Fixed-size arrays (extra elements dropped, missing zeroed), []byte as
// base64, and the errors of numbers out of range.
func main() {
	var p Palette
	err := json.Unmarshal([]byte(`{"Colors":[[1,2,3,4],[5]],"Main":[9,9],"Bytes":"aGk="}`), &p)
	fmt.Println(err, p.Colors, p.Main, string(p.Bytes))
	err = json.Unmarshal([]byte(`{"Main":[300,1,2]}`), &p)
	fmt.Println(err, p.Main)
	err = json.Unmarshal([]byte(`{"Bytes":"%%%"}`), &p)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"Main":[-1]}`), &p)
	fmt.Println(err)
	out, _ := json.Marshal(Palette{Main: RGB{1, 2, 3}, Bytes: []byte("go")})
	fmt.Println(string(out))
}
