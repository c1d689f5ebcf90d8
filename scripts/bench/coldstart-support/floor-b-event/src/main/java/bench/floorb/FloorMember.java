package bench.floorb;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entity, mapped onto the schema's member table (its key only). */
@Entity
@Table(name = "member")
public class FloorMember extends PanacheEntityBase {

    @Id
    @Column(name = "member_id")
    public String memberId;
}
